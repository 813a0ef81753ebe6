import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormDialog, submitAndClose } from '../../../components/FormDialog';
import { DeleteCommentDocument } from '../api/deleteComment';
import { markCommentDeleted } from '../commentsCache';

export interface DeleteCommentTarget {
  id: string;
  storyId: string;
}

/** The author deletes their comment, after saying yes; replies to it stay, under "[deleted]". */
export function DeleteCommentDialog({ comment, onClose }: { comment: DeleteCommentTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [deleteComment, { loading, error, reset }] = useMutation(DeleteCommentDocument);
  const close = () => {
    reset();
    onClose();
  };
  return (
    <FormDialog
      open={!!comment}
      title={t('comments.deleteTitle')}
      onClose={close}
      onSubmit={() => {
        if (!comment) return;
        void submitAndClose(
          () => deleteComment({ variables: { id: comment.id }, update: (cache) => markCommentDeleted(cache, comment.storyId, comment.id) }),
          t('comments.deleteDone'),
          close,
        );
      }}
      submitLabel={t('comments.delete')}
      tone="danger"
      submitDisabled={loading}
      error={error}
    >
      <p>{t('comments.deleteConfirm')}</p>
    </FormDialog>
  );
}
