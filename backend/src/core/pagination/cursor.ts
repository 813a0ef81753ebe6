import { BadUserInputError } from '../errors/app-errors';

/**
 * Cursors are opaque to clients: base64url of a small JSON array holding the sort key of the
 * last row seen. Anything that does not decode to the expected shape is BAD_USER_INPUT.
 */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through
  }
  throw new BadUserInputError('The cursor is not valid.', 'after');
}
