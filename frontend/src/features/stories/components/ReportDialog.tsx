import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { ReportReason } from '../../../gql/graphql';
import { NOTE_LIMITS } from '../../../lib/limits';
import { notify } from '../../../lib/notices';
import { ReportContentDocument } from '../api/reportContent';

const REASONS: readonly ReportReason[] = ['SPAM', 'OFFENSIVE', 'INAPPROPRIATE_IMAGE', 'COPYRIGHT', 'PRIVACY', 'OTHER'];

export type ReportTarget = { storyId: string } | { commentId: string };

interface ReportDialogProps {
  target: ReportTarget | null;
  onClose: () => void;
}

export function ReportDialog({ target, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [report, { loading, error, reset }] = useMutation(ReportContentDocument);

  const close = () => {
    setReason(null);
    setNote('');
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || !reason) return;
    try {
      await report({ variables: { input: { ...target, reason, note: note.trim() || null } } });
      notify('success', t('report.thanks'));
      close();
    } catch {
      // Shown below via `error`.
    }
  };

  const isComment = !!target && 'commentId' in target;
  return (
    <Dialog open={!!target} onClose={close} title={isComment ? t('report.titleComment') : t('report.titleStory')}>
      <form onSubmit={submit} className="form">
        <fieldset className="choice-group">
          <legend className="field__label">{t('report.reasonLegend')}</legend>
          {REASONS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="report-reason" value={value} checked={reason === value} onChange={() => setReason(value)} required />
              <span>{t(`report.reason.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={noteId} className="field__label">
            {t('report.noteLabel')}
          </label>
          <textarea id={noteId} className="field__control" rows={3} value={note} onChange={(event) => setNote(event.target.value)} maxLength={NOTE_LIMITS.reportNote} />
        </div>
        {error && <ErrorNotice error={error} compact overrides={{ CONFLICT: t('report.alreadyReported') }} />}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!reason || loading}>
            {loading ? t('common.sending') : t('report.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
