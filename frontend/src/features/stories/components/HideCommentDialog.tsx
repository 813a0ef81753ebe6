import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, submitAndClose } from '../../../components/FormDialog';
import { TextField } from '../../../components/TextField';
import { HideStoryCommentDocument } from '../api/hideStoryComment';

export interface HideCommentTarget {
  id: string;
}

/** A moderator hides a comment from the story page, giving the reason the log keeps. */
export function HideCommentDialog({ comment, onClose }: { comment: HideCommentTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [hide, { loading, error, reset }] = useMutation(HideStoryCommentDocument);
  const close = () => {
    setReason('');
    reset();
    onClose();
  };
  return (
    <FormDialog
      open={!!comment}
      title={t('comments.hideTitle')}
      onClose={close}
      onSubmit={() => {
        if (!comment || !reason.trim()) return;
        void submitAndClose(() => hide({ variables: { commentId: comment.id, reason: reason.trim() } }), t('comments.hideDone'), close);
      }}
      submitLabel={t('comments.hideSubmit')}
      tone="danger"
      submitDisabled={loading || !reason.trim()}
      error={error}
    >
      <TextField label={t('comments.hideReason')} value={reason} onChange={setReason} required name="hideReason" autoFocus />
    </FormDialog>
  );
}
