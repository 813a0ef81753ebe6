import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CompactNumber } from '../../../components/CompactNumber';
import { LoadMore } from '../../../components/LoadMore';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { paths } from '../../../lib/paths';
import { CommentAddedDocument } from '../api/commentAdded';
import { StoryCommentsDocument } from '../api/storyComments';
import { appendCommentToStory } from '../commentsCache';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

interface CommentsSectionProps {
  storyId: string;
  commentCount: number;
  comments: ReadonlyArray<CommentFieldsFragment>;
  hasMore: boolean;
  endCursor: string | null;
  signedIn: boolean;
  /** The signed-in person, so their own comments offer no "Report". */
  viewerId?: string | null;
  /** Only published stories take comments. */
  open: boolean;
  onReport: (comment: CommentFieldsFragment) => void;
  /** Moderators: hide a comment from here (and read hidden ones). */
  onHide?: (comment: CommentFieldsFragment) => void;
  /** The author deletes their own comment. */
  onDelete?: (comment: CommentFieldsFragment) => void;
}

/** Groups replies under the comment they answer; replies to comments not loaded yet stand alone. */
function toThreads(comments: ReadonlyArray<CommentFieldsFragment>) {
  const ids = new Set(comments.map((comment) => comment.id));
  const replies = new Map<string, CommentFieldsFragment[]>();
  const roots: CommentFieldsFragment[] = [];
  for (const comment of comments) {
    if (comment.parentId && ids.has(comment.parentId)) {
      replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
    } else {
      roots.push(comment);
    }
  }
  return roots.map((root) => ({ root, replies: replies.get(root.id) ?? [] }));
}

export function CommentsSection({ storyId, commentCount, comments, hasMore, endCursor, signedIn, viewerId, open, onReport, onHide, onDelete }: CommentsSectionProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const location = useLocation();
  const input = useRef<HTMLTextAreaElement>(null);
  const [replyTo, setReplyTo] = useState<{ id: string; authorName: string } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [lastArrival, setLastArrival] = useState('');
  const threads = useMemo(() => toThreads(comments), [comments]);

  useSubscription(CommentAddedDocument, {
    variables: { storyId },
    onData: ({ client: apollo, data }) => {
      const comment = data.data?.commentAdded;
      if (!comment) return;
      appendCommentToStory(apollo.cache, storyId, comment);
      setLastArrival(t('comments.arrived', { name: comment.author.displayName }));
    },
  });

  const startReply = (comment: CommentFieldsFragment) => {
    // Replies attach to the thread's top comment so threads stay one level deep.
    const parent = comments.find((candidate) => candidate.id === comment.parentId) ?? comment;
    setReplyTo({ id: parent.id, authorName: comment.author.displayName });
    input.current?.focus();
  };

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await client.query({ query: StoryCommentsDocument, variables: { id: storyId, after: endCursor }, fetchPolicy: 'network-only' });
    } catch {
      // The button stays; trying again is the remedy.
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section id="comments" className="card card--large stack comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="section-title">
        {t('comments.title')} <span className="muted">(<CompactNumber value={commentCount} />)</span>
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {lastArrival}
      </p>
      {threads.length === 0 ? (
        <p className="muted">{t('comments.empty')}</p>
      ) : (
        <ol className="stack comment-list">
          {threads.map(({ root, replies }) => (
            <li key={root.id}>
              <CommentItem comment={root} onReply={signedIn && open ? startReply : undefined} onReport={signedIn ? onReport : undefined} onHide={onHide} canSeeHidden={!!onHide} viewerId={viewerId} onDelete={onDelete} />
              {replies.length > 0 && (
                <ol className="stack comment-list comment-list--replies">
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem comment={reply} onReply={signedIn && open ? startReply : undefined} onReport={signedIn ? onReport : undefined} onHide={onHide} canSeeHidden={!!onHide} viewerId={viewerId} onDelete={onDelete} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={() => void loadMore()} />
      {!open ? null : signedIn ? (
        <CommentForm ref={input} storyId={storyId} replyTo={replyTo} onCancelReply={() => setReplyTo(null)} />
      ) : (
        <p className="comments__signin">
          <Link to={paths.login(location.pathname)} className="text-link">
            {t('comments.signInToComment')}
          </Link>
        </p>
      )}
    </section>
  );
}
