import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../lib/useLocale';

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
}

/** A funnel as a list: each stage's count and its share of the stage before. */
export function FunnelSteps({ steps }: { steps: readonly FunnelStep[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ol className="funnel-steps">
      {steps.map((step, index) => {
        const previous = index > 0 ? steps[index - 1].value : null;
        return (
          <li key={step.key}>
            <span>{step.label}</span>
            <strong>{integer.format(step.value)}</strong>
            <span className="muted">{previous !== null && previous > 0 ? t('dashboard.ofPrevious', { share: percent.format(step.value / previous) }) : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}
