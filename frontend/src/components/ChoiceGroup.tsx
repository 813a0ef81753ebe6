import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
}

interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  /** The radio group's name; unique on the page. */
  name: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  required?: boolean;
}

/** One answer out of a few, as large tappable radio rows. */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChange, required }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="bare-fieldset stack stack--tight choice-group">
      <legend className="field__label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} required={required} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
