import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/Avatar';
import { FlagIcon } from '../../../components/icons';
import { RelativeTime } from '../../../components/RelativeTime';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { paths } from '../../../lib/paths';

interface CommentItemProps {
  comment: CommentFieldsFragment;
  onReply?: (comment: CommentFieldsFragment) => void;
  onReport?: (comment: CommentFieldsFragment) => void;
  /** Moderators: hide it from readers (the thread and its replies stay). */
  onHide?: (comment: CommentFieldsFragment) => void;
  /** Moderators still read what a hidden comment said; everyone else sees only that it was hidden. */
  canSeeHidden?: boolean;
  /** The signed-in person's id: nobody reports their own comment (the server refuses it). */
  viewerId?: string | null;
  /** Offered on the signed-in person's own comments. */
  onDelete?: (comment: CommentFieldsFragment) => void;
}

export function CommentItem({ comment, onReply, onReport: reportHandler, onHide, canSeeHidden = false, viewerId, onDelete: deleteHandler }: CommentItemProps) {
  const { t } = useTranslation();
  const isOwn = !!viewerId && comment.author.id === viewerId;
  const onReport = isOwn ? undefined : reportHandler;
  const onDelete = isOwn ? deleteHandler : undefined;

  // A deleted comment keeps its place (no words, no author) so the replies under it still answer something.
  if (comment.deleted) {
    return (
      <div className="comment comment--hidden">
        <p className="comment__body comment__body--hidden">{t('comments.deleted')}</p>
      </div>
    );
  }

  // A hidden comment keeps its place so the replies under it still answer something.
  if (comment.hidden && !canSeeHidden) {
    return (
      <div className="comment comment--hidden">
        <p className="comment__body comment__body--hidden">{t('comments.hidden')}</p>
      </div>
    );
  }

  const actions = !comment.hidden && (onReply || onReport || onHide || onDelete);
  return (
    <div className={comment.hidden ? 'comment comment--hidden' : 'comment'}>
      <Avatar name={comment.author.displayName} url={comment.author.avatarUrl} />
      <div className="comment__main">
        <p className="comment__meta">
          <Link to={paths.profile(comment.author.id)} className="text-link">
            <strong>{comment.author.displayName}</strong>
          </Link>{' '}
          · <RelativeTime iso={comment.createdAt} />
          {comment.hidden && <span className="badge badge--rejected">{t('comments.hiddenForModerators')}</span>}
        </p>
        <p className={comment.hidden ? 'comment__body comment__body--hidden' : 'comment__body'}>{comment.body}</p>
        {actions && (
          <div className="comment__actions">
            {onReply && (
              <button type="button" className="text-button" onClick={() => onReply(comment)}>
                {t('comments.reply')}
              </button>
            )}
            {onDelete && (
              <button type="button" className="text-button text-button--danger" onClick={() => onDelete(comment)}>
                {t('comments.delete')}
              </button>
            )}
            {onHide && (
              <button type="button" className="text-button" onClick={() => onHide(comment)}>
                {t('comments.hide')}
                <span className="visually-hidden"> {t('comments.hideLabel', { name: comment.author.displayName })}</span>
              </button>
            )}
            {onReport && (
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={t('comments.reportLabel', { name: comment.author.displayName })}
                onClick={() => onReport(comment)}
              >
                <FlagIcon width={16} height={16} />
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
