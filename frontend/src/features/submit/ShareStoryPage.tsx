import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
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

  if (!data && error) {
    return (
      <div className="page page--narrow">
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page page--narrow">
        <Loading lines={5} />
      </div>
    );
  }
  const campaign = data.campaign;
  if (!campaign || campaign.status !== 'ACTIVE') {
    return (
      <div className="page page--narrow">
        <EmptyState
          title={campaign ? t('submit.campaignClosed') : t('campaign.notFound')}
          action={
            <Link to={campaign ? paths.campaign(campaign.slug) : paths.home()} className="button button--secondary">
              {t('common.back')}
            </Link>
          }
        />
      </div>
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
