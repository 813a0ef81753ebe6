import { useFragment, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { MyStoryFields } from '../api/myStoryFields';
import { SubmittedStoryStatusDocument } from '../api/submittedStoryStatus';

interface SubmissionStatusProps {
  storyId: string;
  campaignSlug: string;
  onShareAnother: () => void;
}

/** After posting: where the story stands, updated live when a moderator decides. */
export function SubmissionStatus({ storyId, campaignSlug, onShareAnother }: SubmissionStatusProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: MyStoryFields, fragmentName: 'MyStoryFields', from: { __typename: 'Story', id: storyId } });
  useSubscription(SubmittedStoryStatusDocument, { variables: { storyId } });
  if (!complete) return null;

  const status = data.status;
  return (
    <section className={`card card--large stack submission-status submission-status--${status.toLowerCase()}`} aria-live="polite" aria-labelledby="submission-status-title">
      <h2 id="submission-status-title" className="submission-status__title">
        {t(`submit.result.${status}.title`)}
      </h2>
      <p>{t(`submit.result.${status}.text`)}</p>
      {status === 'REJECTED' && data.rejectionReason && <p className="submission-status__reason">{t('story.rejectionReason', { reason: data.rejectionReason })}</p>}
      <div className="cluster submission-status__actions">
        <Link to={paths.story(storyId)} className="button button--primary">
          {t('submit.viewStory')}
        </Link>
        <Link to={paths.myStories()} className="button button--secondary">
          {t('nav.myStories')}
        </Link>
        <Link to={paths.campaign(campaignSlug)} className="button button--ghost">
          {t('submit.backToCampaign')}
        </Link>
        <button type="button" className="button button--ghost" onClick={onShareAnother}>
          {t('submit.shareAnother')}
        </button>
      </div>
    </section>
  );
}
