import { useTranslation } from 'react-i18next';
import type { StoryStatus } from '../../../gql/graphql';

/** Only the author and staff can see unpublished stories; this tells them where it stands. */
export function StoryStatusBanner({ status, rejectionReason }: { status: StoryStatus; rejectionReason: string | null }) {
  const { t } = useTranslation();
  if (status === 'APPROVED') return null;
  return (
    <div className={`notice notice--${status === 'PENDING' ? 'info' : 'warning'}`} role="status">
      <p>
        <strong>{t(`storyStatus.${status}`)}</strong> — {t(`story.statusExplain.${status}`)}
      </p>
      {status === 'REJECTED' && rejectionReason && <p>{t('story.rejectionReason', { reason: rejectionReason })}</p>}
    </div>
  );
}
