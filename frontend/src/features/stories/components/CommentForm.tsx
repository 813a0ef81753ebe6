import { useMutation } from '@apollo/client/react';
import { forwardRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { SuspendedNote } from '../../../components/SuspendedNote';
import { suspendedUntilFrom } from '../../../lib/errors';
import { characterCount } from '../../../lib/format';
import { useSuspension } from '../../../lib/session/useSuspension';
import { LIMITS } from '../../../lib/limits';
import { AddCommentDocument } from '../api/addComment';
import { appendCommentToStory } from '../commentsCache';

const MAX_COMMENT = LIMITS.comment.max;

interface CommentFormProps {
  storyId: string;
  replyTo: { id: string; authorName: string } | null;
  onCancelReply: () => void;
}

export const CommentForm = forwardRef<HTMLTextAreaElement, CommentFormProps>(function CommentForm(
  { storyId, replyTo, onCancelReply },
  ref,
) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [addComment, { loading, error, reset }] = useMutation(AddCommentDocument, {
    update: (cache, { data }) => {
      if (data) appendCommentToStory(cache, storyId, data.addComment);
    },
  });
  const suspendedUntil = useSuspension();
  const length = characterCount(body.trim());
  const tooLong = length > MAX_COMMENT;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (length === 0 || tooLong) return;
    try {
      await addComment({ variables: { storyId, body: body.trim(), parentId: replyTo?.id ?? null } });
      setBody('');
      onCancelReply();
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <form className="stack stack--tight comment-form" onSubmit={submit}>
      {replyTo && (
        <p className="comment-form__reply">
          {t('comments.replyingTo', { name: replyTo.authorName })}{' '}
          <button type="button" className="text-button" onClick={onCancelReply}>
            {t('common.cancel')}
          </button>
        </p>
      )}
      <label htmlFor="comment-body" className="visually-hidden">
        {replyTo ? t('comments.replyLabel', { name: replyTo.authorName }) : t('comments.addLabel')}
      </label>
      <textarea
        id="comment-body"
        ref={ref}
        className="field__control"
        rows={2}
        value={body}
        placeholder={t('comments.placeholder')}
        aria-invalid={tooLong || undefined}
        disabled={!!suspendedUntil}
        aria-describedby={suspendedUntil ? 'comment-suspended' : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          if (error) reset();
        }}
      />
      {suspendedUntil && <SuspendedNote until={suspendedUntil} id="comment-suspended" />}
      {tooLong && (
        <p className="field__error" role="alert">
          {t('comments.tooLong', { max: MAX_COMMENT })}
        </p>
      )}
      {/* E.g. the word list refusing it (field "body"), in the reader's language; a suspension is
          said once, by the banner (and the note above). */}
      {error && !suspendedUntilFrom(error) && <ErrorNotice error={error} compact />}
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={loading || length === 0 || tooLong || !!suspendedUntil}>
          {loading ? t('common.sending') : replyTo ? t('comments.sendReply') : t('comments.send')}
        </button>
      </div>
    </form>
  );
});
