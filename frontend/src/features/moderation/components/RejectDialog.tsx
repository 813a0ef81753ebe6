import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { NOTE_LIMITS } from '../../../lib/limits';

const PRESETS = ['offTopic', 'personalInfo', 'lowQuality', 'advertising', 'notOriginal', 'unkind'] as const;
type Preset = (typeof PRESETS)[number];

interface RejectDialogProps {
  storyTitle: string | null;
  onClose: () => void;
  onReject: (reason: string) => void;
}

/** Preset reasons for speed (1–6 on the keyboard, then Enter), or the moderator's own words. */
export function RejectDialog({ storyTitle, onClose, onReject }: RejectDialogProps) {
  const { t } = useTranslation();
  const customId = useId();
  const [choice, setChoice] = useState<Preset | 'custom' | null>(null);
  const [custom, setCustom] = useState('');
  const submitButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setChoice(null);
    setCustom('');
    onClose();
  };

  const reason = choice === 'custom' ? custom.trim() : choice ? t(`moderation.rejectReasons.${choice}`) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return;
    onReject(reason);
    close();
  };

  return (
    <Dialog
      open={storyTitle !== null}
      onClose={close}
      title={t('moderation.rejectTitle', { title: storyTitle ?? '' })}
      onKeyDown={(event) => {
        const index = Number(event.key) - 1;
        const target = event.target as HTMLElement;
        if (target.tagName !== 'TEXTAREA' && index >= 0 && index < PRESETS.length) {
          event.preventDefault();
          setChoice(PRESETS[index]);
          // Once enabled, Enter confirms: R, 2, Enter.
          setTimeout(() => submitButton.current?.focus(), 0);
        }
      }}
    >
      <form className="form" onSubmit={submit}>
        <fieldset className="choice-group">
          <legend className="field__label">{t('moderation.rejectLegend')}</legend>
          {PRESETS.map((preset, index) => (
            <label key={preset} className="choice">
              <input type="radio" name="reject-reason" checked={choice === preset} onChange={() => setChoice(preset)} />
              <span>
                <kbd>{index + 1}</kbd> {t(`moderation.rejectReasons.${preset}`)}
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="reject-reason" checked={choice === 'custom'} onChange={() => setChoice('custom')} />
            <span>{t('moderation.rejectCustom')}</span>
          </label>
        </fieldset>
        {choice === 'custom' && (
          <div className="field">
            <label htmlFor={customId} className="field__label">
              {t('moderation.rejectCustomLabel')}
            </label>
            <textarea id={customId} className="field__control" rows={3} value={custom} onChange={(event) => setCustom(event.target.value)} autoFocus maxLength={NOTE_LIMITS.rejectReason} />
          </div>
        )}
        <p className="field__hint">{t('moderation.rejectHint')}</p>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button ref={submitButton} type="submit" className="button button--danger" disabled={!reason}>
            {t('moderation.reject')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
