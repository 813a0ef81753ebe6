import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormDialog } from '../../../components/FormDialog';
import { TextField } from '../../../components/TextField';
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
  const [choice, setChoice] = useState<Preset | 'custom' | null>(null);
  const [custom, setCustom] = useState('');
  const submitButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setChoice(null);
    setCustom('');
    onClose();
  };

  const reason = choice === 'custom' ? custom.trim() : choice ? t(`moderation.rejectReasons.${choice}`) : '';

  const submit = () => {
    if (!reason) return;
    onReject(reason);
    close();
  };

  return (
    <FormDialog
      open={storyTitle !== null}
      onClose={close}
      title={t('moderation.rejectTitle', { title: storyTitle ?? '' })}
      onSubmit={submit}
      submitLabel={t('moderation.reject')}
      tone="danger"
      submitDisabled={!reason}
      submitRef={submitButton}
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
      <ChoiceGroup
        legend={t('moderation.rejectLegend')}
        name="reject-reason"
        choices={[
          ...PRESETS.map((preset, index) => ({
            value: preset,
            label: (
              <>
                <kbd>{index + 1}</kbd> {t(`moderation.rejectReasons.${preset}`)}
              </>
            ),
          })),
          { value: 'custom' as const, label: t('moderation.rejectCustom') },
        ]}
        value={choice}
        onChange={setChoice}
      />
      {choice === 'custom' && (
        <TextField label={t('moderation.rejectCustomLabel')} value={custom} onChange={setCustom} multiline rows={3} autoFocus maxLength={NOTE_LIMITS.rejectReason} />
      )}
      <p className="field__hint">{t('moderation.rejectHint')}</p>
    </FormDialog>
  );
}
