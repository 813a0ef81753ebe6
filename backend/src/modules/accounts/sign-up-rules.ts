import { LIMITS } from '@ugc/shared';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { BadUserInputError } from '../../core/errors/app-errors';
import { visiblePart } from '../../core/validation/visible-text';

/**
 * What a new account's e-mail, password and name must be. The password rule follows NIST
 * SP 800-63B and OWASP: at least 10 characters, no upper limit below 256, no composition
 * rules, and not guessable: zxcvbn (its common-password and keyboard-pattern lists, plus the
 * person's own e-mail and name) must rate it at least 2 of 4, i.e. more than a million guesses.
 */
export const MIN_PASSWORD_LENGTH = LIMITS.password.min;
const MIN_PASSWORD_SCORE = 2;

let strength: ZxcvbnFactory | undefined;
/** Built on first use: loading the dictionaries takes a moment that only sign-ups should pay. */
const passwordStrength = () => (strength ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** The rules of RegisterInput's password, for a password given anywhere else (a change, a reset). */
export function assertAcceptablePassword(password: string, personal: string[], field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new BadUserInputError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`, field);
  if (password.length > 256) throw new BadUserInputError('The password must be at most 256 characters.', field);
  if (isGuessablePassword(password, personalWords(personal))) {
    throw new BadUserInputError(GUESSABLE_PASSWORD, field);
  }
}

/** An e-mail and a name, whole and in parts: what a guesser tries first. */
const personalWords = (values: string[]) => [...values, ...values.flatMap((v) => v.split(/[@.\s]+/))];

export const GUESSABLE_PASSWORD = 'This password is too easy to guess (it is common, or close to your e-mail or name). Try a few unrelated words.';

export function isGuessablePassword(password: string, personal: string[] = []): boolean {
  // zxcvbn's cost grows with length; beyond 100 characters a password is not guessable anyway.
  return passwordStrength().check(password.slice(0, 100), personal.filter(Boolean)).score < MIN_PASSWORD_SCORE;
}

/** Refuses a password zxcvbn can guess, using the e-mail and display name of the same input as personal words. */
export function NotGuessablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notGuessablePassword',
      validator: {
        validate: (value: unknown, args) => {
          if (typeof value !== 'string') return false;
          const input = (args?.object ?? {}) as { email?: unknown; displayName?: unknown };
          const personal = [input.email, input.displayName].filter((v): v is string => typeof v === 'string');
          return !isGuessablePassword(value, personalWords(personal));
        },
      },
    },
    options,
  );
}

/** One spelling per address: compatibility forms folded (ｍａｉｌ → mail), trimmed, lower case. */
export function normalizeEmail(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFKC').trim().toLowerCase() : value;
}

/** Scripts whose letters pass for each other (Latin a, Cyrillic а, Greek α). */
const LOOKALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/** True when one part of the address mixes look-alike scripts: "pаypal" with a Cyrillic а. */
export function mixesLookalikeScripts(email: string): boolean {
  return email.split('@').some((part) => LOOKALIKE_SCRIPTS.filter((script) => script.test(part)).length > 1);
}

export function NoLookalikeScripts(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noLookalikeScripts',
      validator: { validate: (value: unknown) => typeof value !== 'string' || !mixesLookalikeScripts(value) },
    },
    options,
  );
}

/** Words that make a name look like the platform's own people; kept for staff accounts. */
const STAFF_WORDS = ['admin', 'administrator', 'moderator', 'official', 'staff', 'support', '管理员', '管理員', '版主', '官方', '客服', '超管'];

/** Compared without case, width, spaces, punctuation or invisible characters ("A d m i n", "ＡＤＭＩＮ"). */
export function imitatesStaff(displayName: string): boolean {
  const folded = visiblePart(displayName.normalize('NFKC').toLowerCase()).replace(/[\p{P}\p{S}_]/gu, '');
  return STAFF_WORDS.some((word) => folded.includes(word));
}
