import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from '../errors/app-errors';

/**
 * Nest's parameter kind of a GraphQL resolver's arguments (its GqlParamtype.ARGS, which the
 * package does not export). The parent object (ROOT = 0), the context (1) and the info (2) are
 * numbered too; HTTP controllers' parameters are named ('body', 'query', 'param').
 */
const GRAPHQL_ARGS = 3;

/**
 * Every input (GraphQL arguments, controllers' bodies and queries) is validated and turned into
 * its class (class-validator and class-transformer); the first problem becomes a BAD_USER_INPUT
 * naming its field. A resolver's other parameters are the server's own values and pass as they
 * are: validating `@Parent()` deep-copied every story, author and photo of a feed page once per
 * field resolved on it, most of a signed-in page's allocations.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, forbidUnknownValues: false, exceptionFactory: (errors) => firstValidationError(errors) });
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (typeof metadata.type === 'number' && metadata.type !== GRAPHQL_ARGS) return Promise.resolve(value);
    return super.transform(value, metadata);
  }
}

function firstValidationError(errors: ValidationError[]): BadUserInputError {
  let error: ValidationError | undefined = errors[0];
  const path: string[] = [];
  while (error) {
    path.push(error.property);
    if (error.constraints) return new BadUserInputError(Object.values(error.constraints)[0], path.join('.'));
    error = error.children?.[0];
  }
  return new BadUserInputError('The input is not valid.');
}
