import { Injectable, PipeTransform } from '@nestjs/common';
import { BadUserInputError } from '../errors/app-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Every ID argument: a malformed one is BAD_USER_INPUT before any SQL runs. */
@Injectable()
export class IdPipe implements PipeTransform {
  transform(value: unknown) {
    if (value === undefined || value === null) return value;
    if (!isId(value)) throw new BadUserInputError('That id is malformed.');
    return value.toLowerCase();
  }
}
