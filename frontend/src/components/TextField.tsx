import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { characterCount } from '../lib/format';
import { useLocale } from '../lib/useLocale';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  /** Shows a "12 / 120" counter; the field is invalid past it. */
  maxChars?: number;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  type?: InputHTMLAttributes<HTMLInputElement>['type'];
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  disabled?: boolean;
  readOnly?: boolean;
  id?: string;
  name?: string;
  min?: string | number;
  max?: string | number;
  /** A hard stop the browser enforces (unlike maxChars, which counts and warns). */
  maxLength?: number;
  autoFocus?: boolean;
}

/** A labelled input or textarea with optional hint, error and character counter. */
export function TextField({
  label,
  value,
  onChange,
  multiline,
  rows = 5,
  maxChars,
  hint,
  error,
  required,
  id,
  ...inputProps
}: TextFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const hintId = `${fieldId}-hint`;
  const counterId = `${fieldId}-counter`;
  const errorId = `${fieldId}-error`;
  const count = characterCount(value);
  const over = maxChars !== undefined && count > maxChars;
  const describedBy = [hint ? hintId : null, maxChars !== undefined ? counterId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');

  const common = {
    id: fieldId,
    value,
    required,
    'aria-invalid': over || !!error || undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
    className: 'field__control',
  };

  return (
    <div className={over || error ? 'field field--invalid' : 'field'}>
      <div className="field__label-row">
        <label htmlFor={fieldId} className="field__label">
          {label}
          {required && <span className="field__required"> {t('form.required')}</span>}
        </label>
        {maxChars !== undefined && (
          <span id={counterId} className={over ? 'field__counter field__counter--over' : 'field__counter'}>
            {t('form.counter', { current: count.toLocaleString(locale), max: maxChars.toLocaleString(locale) })}
          </span>
        )}
      </div>
      {multiline ? (
        <textarea
          rows={rows}
          {...common}
          placeholder={inputProps.placeholder}
          disabled={inputProps.disabled}
          name={inputProps.name}
          maxLength={inputProps.maxLength}
          autoFocus={inputProps.autoFocus}
        />
      ) : (
        <input type="text" {...inputProps} {...common} />
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {/* Beside its field and announced as it appears (role=alert), not only in a form-wide notice. */}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
