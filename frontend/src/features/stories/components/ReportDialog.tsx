import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormDialog, submitAndClose } from '../../../components/FormDialog';
import { TextField } from '../../../components/TextField';
import type { ReportReason } from '../../../gql/graphql';
import { NOTE_LIMITS } from '../../../lib/limits';
import { ReportContentDocument } from '../api/reportContent';

const REASONS: readonly ReportReason[] = ['SPAM', 'OFFENSIVE', 'INAPPROPRIATE_IMAGE', 'COPYRIGHT', 'PRIVACY', 'OTHER'];

export type ReportTarget = { storyId: string } | { commentId: string };

interface ReportDialogProps {
  target: ReportTarget | null;
  onClose: () => void;
}

export function ReportDialog({ target, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [report, { loading, error, reset }] = useMutation(ReportContentDocument);

  const close = () => {
    setReason(null);
    setNote('');
    reset();
    onClose();
  };

  const submit = async () => {
    if (!target || !reason) return;
    await submitAndClose(() => report({ variables: { input: { ...target, reason, note: note.trim() || null } } }), t('report.thanks'), close);
  };

  const isComment = !!target && 'commentId' in target;
  return (
    <FormDialog
      open={!!target}
      onClose={close}
      title={isComment ? t('report.titleComment') : t('report.titleStory')}
      onSubmit={() => void submit()}
      submitLabel={loading ? t('common.sending') : t('report.submit')}
      submitDisabled={!reason || loading}
      error={error}
    >
      <ChoiceGroup
        legend={t('report.reasonLegend')}
        name="report-reason"
        choices={REASONS.map((value) => ({ value, label: t(`report.reason.${value}`) }))}
        value={reason}
        onChange={setReason}
        required
      />
      <TextField label={t('report.noteLabel')} value={note} onChange={setNote} multiline rows={3} maxLength={NOTE_LIMITS.reportNote} />
    </FormDialog>
  );
}
