import { useId, type ReactNode } from 'react';

interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What ticking it means, read out with the box. */
  details?: ReactNode;
}

/** A large checkbox row with its label (and optional details) beside it. */
export function CheckboxField({ label, checked, onChange, details }: CheckboxFieldProps) {
  const id = useId();
  const detailsId = `${id}-details`;
  const labelElement = (
    <label htmlFor={id} className="consent__label">
      {label}
    </label>
  );
  return (
    <div className="consent">
      <input
        id={id}
        type="checkbox"
        className="consent__box"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={details ? detailsId : undefined}
      />
      {details ? (
        <div>
          {labelElement}
          <p id={detailsId} className="field__hint">
            {details}
          </p>
        </div>
      ) : (
        labelElement
      )}
    </div>
  );
}
