import { applyDecorators, Injectable, PipeTransform } from '@nestjs/common';
import { Field, FieldOptions, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { BadUserInputError } from '../errors/app-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MALFORMED = 'That id is malformed.';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The canonical form of an id: lower case, as PostgreSQL prints uuids (so ids compare as strings). */
export function canonicalId<T>(value: T): T | string {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Every ID argument: a malformed one is BAD_USER_INPUT before any SQL runs; a good one is canonical. */
@Injectable()
export class IdPipe implements PipeTransform {
  transform(value: unknown) {
    if (value === undefined || value === null) return value;
    if (!isId(value)) throw new BadUserInputError(MALFORMED);
    return canonicalId(value);
  }
}

/**
 * An ID (or list of IDs, `list: true`) field of an input or args class: the same rule as IdPipe,
 * through class-validator (BAD_USER_INPUT naming the field) and a canonicalising transform.
 */
export function IdField(options: Pick<FieldOptions, 'nullable' | 'description'> & { list?: boolean; message?: string } = {}) {
  const { list, message, ...field } = options;
  const decorators: PropertyDecorator[] = [
    Field(() => (list ? [ID] : ID), field),
    IsUUID('all', { each: list, message: message ?? MALFORMED }),
    Transform(({ value }: { value: unknown }) => (list && Array.isArray(value) ? value.map(canonicalId) : canonicalId(value))),
  ];
  if (field.nullable) decorators.push(IsOptional());
  return applyDecorators(...decorators);
}
