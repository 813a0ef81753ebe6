import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Characters that show nothing: format characters (zero-width space and joiners, bidi marks,
 * the byte-order mark, soft hyphen), the Hangul and braille blanks people use to fake an empty
 * name, and white space. A name or title made only of these looks empty and is refused.
 */
export const INVISIBLE = /[\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** The text with everything that shows nothing removed (for emptiness checks only: ZWJ inside 👩‍👩‍👧 is kept in what is stored). */
export const visiblePart = (text: string) => text.replace(INVISIBLE, '');

/** Explicit bidi embeddings, overrides and isolates: in a name they reverse how the text around it reads ("Trojan Source"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

export function NoBidiControls(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noBidiControls',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !BIDI_CONTROLS.test(value),
        defaultMessage: (args) => `${args?.property} must not contain text-direction control characters.`,
      },
    },
    options,
  );
}
