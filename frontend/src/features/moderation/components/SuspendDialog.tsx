import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormDialog, submitAndClose } from '../../../components/FormDialog';
import { TextField } from '../../../components/TextField';
import { NOTE_LIMITS } from '../../../lib/limits';
import { SuspendUserDocument } from '../api/suspendUser';

const DURATIONS = ['1', '7', '30', 'permanent'] as const;
type Duration = (typeof DURATIONS)[number];

export interface SuspendTarget {
  id: string;
  displayName: string;
}

export function SuspendDialog({ user, onClose }: { user: SuspendTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<Duration>('7');
  const [suspend, { loading, error, reset }] = useMutation(SuspendUserDocument);

  const close = () => {
    setReason('');
    setDuration('7');
    reset();
    onClose();
  };

  const submit = async () => {
    if (!user || !reason.trim()) return;
    const until = duration === 'permanent' ? null : new Date(Date.now() + Number(duration) * 24 * 3600 * 1000).toISOString();
    await submitAndClose(() => suspend({ variables: { userId: user.id, reason: reason.trim(), until } }), t('moderation.suspended', { name: user.displayName }), close);
  };

  return (
    <FormDialog
      open={!!user}
      onClose={close}
      title={t('moderation.suspendTitle', { name: user?.displayName ?? '' })}
      onSubmit={() => void submit()}
      submitLabel={t('moderation.suspend')}
      tone="danger"
      submitDisabled={loading || !reason.trim()}
      error={error}
    >
      <ChoiceGroup
        legend={t('moderation.suspendFor')}
        name="suspend-duration"
        choices={DURATIONS.map((value) => ({
          value,
          label: value === 'permanent' ? t('moderation.suspendPermanent') : t('moderation.suspendDays', { count: Number(value) }),
        }))}
        value={duration}
        onChange={setDuration}
      />
      <TextField label={t('moderation.suspendReason')} value={reason} onChange={setReason} multiline rows={3} required maxLength={NOTE_LIMITS.suspendReason} />
    </FormDialog>
  );
}
