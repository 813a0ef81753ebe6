import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageFallback } from '../../components/PageFallback';
import { paths } from '../../lib/paths';
import { ShareStoryCampaignDocument } from './api/shareStoryCampaign';
import { SubmissionStatus } from './components/SubmissionStatus';
import { SubmitStoryForm } from './components/SubmitStoryForm';

export function ShareStoryPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  // A fresh form after "share another" (new key), so no state leaks between stories.
  const [formKey, setFormKey] = useState(0);
  const { data, error, refetch } = useQuery(ShareStoryCampaignDocument, { variables: { slug } });

  const campaign = data?.campaign;
  if (!campaign || campaign.status !== 'ACTIVE') {
    return (
      <PageFallback
        className="page page--narrow"
        loaded={!!data}
        error={error}
        onRetry={() => void refetch()}
        loadingLines={5}
        title={campaign ? t('submit.campaignClosed') : t('campaign.notFound')}
        back={{ to: campaign ? paths.campaign(campaign.slug) : paths.home(), label: t('common.back') }}
      />
    );
  }

  return (
    <div className="page page--narrow share-page">
      <p className="share-page__campaign">
        <Link to={paths.campaign(campaign.slug)} className="text-link">
          {campaign.title}
        </Link>
      </p>
      <h1 className="page-title">{t('submit.title')}</h1>
      {submittedId ? (
        <SubmissionStatus
          storyId={submittedId}
          campaignSlug={campaign.slug}
          onShareAnother={() => {
            setSubmittedId(null);
            setFormKey((key) => key + 1);
          }}
        />
      ) : (
        <>
          <p className="page-intro">{campaign.requiresModeration ? t('submit.introModerated') : t('submit.introInstant')}</p>
          <SubmitStoryForm key={formKey} campaign={campaign} onSubmitted={(story) => setSubmittedId(story.id)} />
        </>
      )}
    </div>
  );
}
