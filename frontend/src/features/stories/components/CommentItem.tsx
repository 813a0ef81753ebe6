import { useTranslation } from 'react-i18next';
import { Avatar } from '../../../components/Avatar';
import { FlagIcon } from '../../../components/icons';
import { RelativeTime } from '../../../components/RelativeTime';
import type { CommentFieldsFragment } from '../../../gql/graphql';

interface CommentItemProps {
  comment: CommentFieldsFragment;
  onReply?: (comment: CommentFieldsFragment) => void;
  onReport?: (comment: CommentFieldsFragment) => void;
  /** The signed-in person's id: nobody reports their own comment (the server refuses it). */
  viewerId?: string | null;
}

export function CommentItem({ comment, onReply, onReport: reportHandler, viewerId }: CommentItemProps) {
  const { t } = useTranslation();
  const onReport = comment.author.id === viewerId ? undefined : reportHandler;
  return (
    <div className="comment">
      <Avatar name={comment.author.displayName} url={comment.author.avatarUrl} />
      <div className="comment__main">
        <p className="comment__meta">
          <strong>{comment.author.displayName}</strong> · <RelativeTime iso={comment.createdAt} />
        </p>
        {comment.hidden ? <p className="comment__body comment__body--hidden">{t('comments.hidden')}</p> : <p className="comment__body">{comment.body}</p>}
        {!comment.hidden && (onReply || onReport) && (
          <div className="comment__actions">
            {onReply && (
              <button type="button" className="text-button" onClick={() => onReply(comment)}>
                {t('comments.reply')}
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
