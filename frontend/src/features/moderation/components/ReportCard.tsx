import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/RelativeTime';
import { StoryStatusBadge } from '../../../components/StatusBadge';
import type { ReportsQuery } from '../../../gql/graphql';
import { notify } from '../../../lib/notices';
import { paths } from '../../../lib/paths';
import { useDescribeError } from '../../../lib/useDescribeError';
import { HideCommentDocument } from '../api/hideComment';
import { ResolveReportDocument } from '../api/resolveReport';
import { pruneListsByStatus } from '../moderationCache';
import { useModerateStory } from '../useModerateStory';
import { RoleControl } from './RoleControl';
import type { RoleTarget } from './RoleDialog';
import type { SuspendTarget } from './SuspendDialog';

type Report = ReportsQuery['reports']['nodes'][number];

interface ReportCardProps {
  report: Report;
  onSuspend: (user: SuspendTarget) => void;
  onChangeRole: (user: RoleTarget) => void;
}

export function ReportCard({ report, onSuspend, onChangeRole }: ReportCardProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const onError = (error: unknown) => notify('error', describe(error));
  const client = useApolloClient();
  const decide = useModerateStory();
  const [resolve, resolveState] = useMutation(ResolveReportDocument, {
    update: (cache) => pruneListsByStatus(cache, 'reports'),
  });
  const [hideComment, hideState] = useMutation(HideCommentDocument);
  const reasonText = t(`report.reason.${report.reason}`);
  const open = report.status === 'OPEN';
  const target = report.story ?? null;
  const comment = report.comment ?? null;
  const author = target?.author ?? comment?.author ?? null;
  const busy = resolveState.loading || hideState.loading;

  /** Closes the report and says so: every action on a report ends with it handled. */
  const settle = async (dismiss: boolean, success: string, note?: string) => {
    try {
      await resolve({ variables: { reportId: report.id, dismiss, note: note ?? null } });
      notify('success', success);
    } catch (error) {
      onError(error);
    }
  };

  // Hiding the comment is what the report asked for: the report is resolved with it.
  const hideAndResolve = async (commentId: string) => {
    try {
      await hideComment({ variables: { commentId, reason: reasonText } });
    } catch (error) {
      onError(error);
      return;
    }
    await settle(false, t('moderation.hiddenAndResolved'), reasonText);
  };

  // Removing the story settles its reports on the server; the list is read again to show that.
  const removeStory = async (story: NonNullable<typeof target>) => {
    await decide({ ...story, publishedAt: null, featured: false }, 'REMOVE', reasonText);
    await client.refetchQueries({ include: ['Reports'] }).catch(() => undefined);
  };

  return (
    <article className="card stack stack--tight report-card">
      <p className="cluster report-card__meta">
        <span className="badge badge--rejected">{reasonText}</span>
        <span className="muted">
          {t('moderation.reportedBy', { name: report.reporter.displayName })} · <RelativeTime iso={report.createdAt} />
        </span>
      </p>
      {report.note && <p className="report-card__note">“{report.note}”</p>}

      {target && (
        <div className="report-card__target">
          {target.photos[0]?.thumbnailUrl && <img src={target.photos[0].thumbnailUrl} alt="" className="report-card__thumb" />}
          <div>
            <p className="muted">{t('moderation.targetStory')}</p>
            <p>
              <Link to={paths.story(target.id)} className="text-link">
                {target.title}
              </Link>{' '}
              <StoryStatusBadge status={target.status} />
            </p>
            <p className="report-card__excerpt">{target.body}</p>
          </div>
        </div>
      )}
      {comment && (
        <div className="report-card__target">
          <div>
            <p className="muted">{t('moderation.targetComment', { title: comment.story.title })}</p>
            <p className={comment.hidden ? 'report-card__excerpt comment__body--hidden' : 'report-card__excerpt'}>{comment.body}</p>
            {comment.hidden && <p className="muted">{t('comments.hidden')}</p>}
            <Link to={paths.story(comment.story.id)} className="text-link">
              {t('moderation.openStory')}
            </Link>
          </div>
        </div>
      )}
      {author && (
        <p className="cluster">
          <span className="muted">{t('moderation.targetAuthor', { name: author.displayName })}</span>
          <RoleControl user={author} onChangeRole={onChangeRole} />
        </p>
      )}

      {open && (
        <div className="cluster report-card__actions">
          {target && target.status !== 'REMOVED' && (
            <button type="button" className="button button--danger button--small" disabled={busy} onClick={() => void removeStory(target)}>
              {t('moderation.removeStory')}
            </button>
          )}
          {comment && !comment.hidden && (
            <button
              type="button"
              className="button button--danger button--small"
              disabled={busy}
              onClick={() => void hideAndResolve(comment.id)}
            >
              {t('moderation.hideComment')}
            </button>
          )}
          {author && (
            <button type="button" className="button button--secondary button--small" onClick={() => onSuspend(author)}>
              {t('moderation.suspend')}
              <span className="visually-hidden"> {author.displayName}</span>
            </button>
          )}
          <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void settle(false, t('moderation.resolved'))}>
            {t('moderation.resolve')}
          </button>
          <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void settle(true, t('moderation.dismissed'))}>
            {t('moderation.dismiss')}
          </button>
        </div>
      )}
    </article>
  );
}
