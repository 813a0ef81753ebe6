import { characterCount } from '@ugc/shared';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Length as people count it (an emoji or a Chinese character is one), unlike class-validator's
 * @Length, which counts UTF-16 code units and so would count 🌸 twice.
 */
export function CharacterLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'characterLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && characterCount(value) >= min && characterCount(value) <= max,
        defaultMessage: (args) => `${args?.property} must be ${min} to ${max} characters.`,
      },
    },
    options,
  );
}

/** Trims strings on the way in; anything else passes through for the type check to refuse. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Trims, and makes an empty optional text null (cleared). */
export const trimmedOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
};
