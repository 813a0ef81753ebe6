import { useMutation } from '@apollo/client/react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/Avatar';
import { ImageIcon } from '../../../components/icons';
import { RelativeTime } from '../../../components/RelativeTime';
import { StoryStatusBadge } from '../../../components/StatusBadge';
import type { ModerationDecision, QueueStoryFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format';
import { notify } from '../../../lib/notices';
import { paths } from '../../../lib/paths';
import { useDescribeError } from '../../../lib/useDescribeError';
import { useLocale } from '../../../lib/useLocale';
import { LiftSuspensionDocument } from '../api/liftSuspension';
import { RoleControl } from './RoleControl';
import type { RoleTarget } from './RoleDialog';

interface QueueItemProps {
  story: QueueStoryFieldsFragment;
  selected: boolean;
  onSelect: () => void;
  onDecide: (decision: ModerationDecision) => void;
  onReject: () => void;
  onSuspend: () => void;
  onChangeRole: (user: RoleTarget) => void;
}

/** Which decisions make sense from each status, with their keyboard shortcut. */
export const DECISIONS_BY_STATUS: Record<QueueStoryFieldsFragment['status'], ReadonlyArray<ModerationDecision>> = {
  PENDING: ['APPROVE', 'REJECT', 'REMOVE'],
  APPROVED: ['REMOVE'],
  REJECTED: ['APPROVE', 'REMOVE'],
  REMOVED: ['RESTORE'],
};

/** When a suspension ends; "until further notice" for the server's far-future stand-in. */
function suspensionEnd(until: string, locale: string, indefinitely: string): string {
  return new Date(until).getUTCFullYear() > 3000 ? indefinitely : formatDateTime(until, locale);
}

export const SHORTCUTS: Record<ModerationDecision, string> = { APPROVE: 'a', REJECT: 'r', REMOVE: 'x', RESTORE: 'u' };

export const QueueItem = forwardRef<HTMLElement, QueueItemProps>(function QueueItem(
  { story, selected, onSelect, onDecide, onReject, onSuspend, onChangeRole },
  ref,
) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = useDescribeError();
  const titleId = `queue-item-${story.id}`;
  const suspended = story.author.suspendedUntil && new Date(story.author.suspendedUntil) > new Date();
  const [liftSuspension, lifting] = useMutation(LiftSuspensionDocument, {
    variables: { userId: story.author.id },
    onCompleted: () => notify('success', t('moderation.suspensionLifted', { name: story.author.displayName })),
    onError: (error) => notify('error', describe(error)),
  });

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={selected ? 'card card--large queue-item queue-item--selected' : 'card card--large queue-item'}
      aria-labelledby={titleId}
      aria-current={selected || undefined}
      onFocus={onSelect}
      onClick={onSelect}
    >
      <div className="queue-item__photos">
        {story.photos.length === 0 && <p className="muted">{t('moderation.noPhotos')}</p>}
        {story.photos.map((photo, index) => {
          const src = photo.url ?? photo.thumbnailUrl;
          return src ? (
            <a key={photo.id} href={src} target="_blank" rel="noreferrer" className="queue-item__photo-link">
              <img
                className="queue-item__photo"
                src={src}
                alt={t('photos.alt', { subject: story.title, n: index + 1, total: story.photos.length })}
                loading="lazy"
              />
            </a>
          ) : (
            <div key={photo.id} className="queue-item__photo queue-item__photo--processing" role="img" aria-label={t('photos.processing')}>
              <ImageIcon width={32} height={32} />
              <span>{t(`photoStatus.${photo.status}`)}</span>
            </div>
          );
        })}
      </div>
      <div className="stack stack--tight queue-item__content">
        <p className="cluster queue-item__meta">
          <StoryStatusBadge status={story.status} />
          <Link to={paths.campaign(story.campaign.slug)} className="text-link">
            {story.campaign.title}
          </Link>
          <span className="muted">
            <RelativeTime iso={story.createdAt} />
          </span>
        </p>
        <h2 id={titleId} className="queue-item__title">
          <Link to={paths.story(story.id)}>{story.title}</Link>
        </h2>
        <p className="queue-item__body">{story.body}</p>
        <div className="cluster queue-item__author">
          <Avatar name={story.author.displayName} url={story.author.avatarUrl} />
          <span>
            <strong>{story.author.displayName}</strong>
            <span className="muted">
              {' · '}
              {t('moderation.authorFacts', { count: story.author.approvedStoryCount, since: formatDate(story.author.createdAt, locale) })}
            </span>
            {suspended && (
              <span className="badge badge--removed" title={suspensionEnd(story.author.suspendedUntil!, locale, t('moderation.suspendPermanent'))}>
                {t('moderation.authorSuspended')}
              </span>
            )}
          </span>
          {suspended ? (
            <button type="button" className="text-button" onClick={() => void liftSuspension().catch(() => undefined)} disabled={lifting.loading}>
              {t('moderation.liftSuspension')}
              <span className="visually-hidden"> {story.author.displayName}</span>
            </button>
          ) : (
            <button type="button" className="text-button" onClick={onSuspend}>
              {t('moderation.suspend')}
              <span className="visually-hidden"> {story.author.displayName}</span>
            </button>
          )}
          <RoleControl user={story.author} onChangeRole={onChangeRole} />
        </div>
        <p className="queue-item__rights">{story.usageRightsGranted ? t('moderation.rightsGranted') : t('moderation.rightsNotGranted')}</p>
        {story.rejectionReason && <p className="muted">{t('story.rejectionReason', { reason: story.rejectionReason })}</p>}
        <div className="cluster queue-item__actions">
          {DECISIONS_BY_STATUS[story.status].map((decision) => (
            <button
              key={decision}
              type="button"
              className={`button ${decision === 'APPROVE' || decision === 'RESTORE' ? 'button--primary' : decision === 'REJECT' ? 'button--danger' : 'button--secondary'}`}
              onClick={(event) => {
                event.stopPropagation();
                if (decision === 'REJECT') onReject();
                else onDecide(decision);
              }}
              aria-keyshortcuts={SHORTCUTS[decision]}
            >
              {t(`moderation.decision.${decision}`)} <kbd aria-hidden="true">{SHORTCUTS[decision].toUpperCase()}</kbd>
            </button>
          ))}
        </div>
      </div>
    </article>
  );
});
