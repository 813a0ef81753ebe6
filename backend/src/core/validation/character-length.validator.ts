import { characterCount } from '@ugc/shared';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { visiblePart } from './visible-text';

/**
 * A character may be built of many code points (👩‍👩‍👧 is five); more than this many per allowed
 * character is not writing but padding (zalgo, stacked marks), and is refused as too long.
 */
const CODE_POINTS_PER_CHARACTER = 10;

/**
 * Length as people count it, with the same function as the web app (characterCount: grapheme
 * clusters, so a Chinese character, 🌸 and ❤️ are one each), unlike class-validator's @Length,
 * which counts UTF-16 code units. The one length rule of every text input. A required text must
 * show something: a name or title of zero-width spaces or Hangul fillers is empty.
 */
export function CharacterLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  const fits = (value: string) => {
    if (value.length > max * CODE_POINTS_PER_CHARACTER * 2) return false; // cheap bound before segmenting
    const count = characterCount(value);
    if (min > 0 && !visiblePart(value)) return false;
    return count >= min && count <= max && [...value].length <= max * CODE_POINTS_PER_CHARACTER;
  };
  return ValidateBy(
    {
      name: 'characterLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && fits(value),
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
