import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { NOTE_LIMITS } from '../../../lib/limits';
import { notify } from '../../../lib/notices';
import { SuspendUserDocument } from '../api/suspendUser';

const DURATIONS = ['1', '7', '30', 'permanent'] as const;
type Duration = (typeof DURATIONS)[number];

export interface SuspendTarget {
  id: string;
  displayName: string;
}

export function SuspendDialog({ user, onClose }: { user: SuspendTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<Duration>('7');
  const [suspend, { loading, error, reset }] = useMutation(SuspendUserDocument);

  const close = () => {
    setReason('');
    setDuration('7');
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user || !reason.trim()) return;
    const until = duration === 'permanent' ? null : new Date(Date.now() + Number(duration) * 24 * 3600 * 1000).toISOString();
    try {
      await suspend({ variables: { userId: user.id, reason: reason.trim(), until } });
      notify('success', t('moderation.suspended', { name: user.displayName }));
      close();
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <Dialog open={!!user} onClose={close} title={t('moderation.suspendTitle', { name: user?.displayName ?? '' })}>
      <form className="form" onSubmit={submit}>
        <fieldset className="choice-group">
          <legend className="field__label">{t('moderation.suspendFor')}</legend>
          {DURATIONS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="suspend-duration" checked={duration === value} onChange={() => setDuration(value)} />
              <span>{value === 'permanent' ? t('moderation.suspendPermanent') : t('moderation.suspendDays', { count: Number(value) })}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={reasonId} className="field__label">
            {t('moderation.suspendReason')}
          </label>
          <textarea id={reasonId} className="field__control" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={NOTE_LIMITS.suspendReason} />
        </div>
        {error && <ErrorNotice error={error} compact />}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={loading || !reason.trim()}>
            {t('moderation.suspend')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
