import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema, DocumentNode, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, Kind,
  OperationDefinitionNode, print, typeFromAST,
} from 'graphql';
import { loadConfig } from '../config/app-config';
import { FrontDoor } from './front-door';
import { SCHEMA_FILE } from './printed-schema';

/**
 * Every operation the web app sends, checked against the server's own rules (the printed schema,
 * graphql-armor's depth/alias/token limits, the complexity limit at the app's default page
 * sizes), exactly as the FrontDoor applies them in production on both transports: an operation
 * the server would refuse fails here, not in front of a customer.
 */
/** The web app's generated documents (loaded at run time: they live outside the backend's sources). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webApp = require('../../../../frontend/src/gql/graphql') as Record<string, unknown>;

describe('the web app\'s operations', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const frontDoor = new FrontDoor(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x' }));
  const operations = Object.entries(webApp).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === 'object' &&
      entry[1] !== null &&
      (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
      (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );

  it('finds the generated documents', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(SCHEMA_FILE).toBe(join(__dirname, '../../../../shared/schema.graphql'));
  });

  it.each(operations)('%s passes validation and the complexity limit', (_, document) => {
    // Parsed again from its text (the token limit), with placeholder values for required
    // variables; page sizes left out take the schema's defaults.
    const parsed = frontDoor.parse(print(document));
    expect(frontDoor.refusals(schema, parsed, placeholderVariables(schema, document)).map((error) => error.message)).toEqual([]);
  });
});

function placeholderVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
    if (isNonNullType(type)) variables[definition.variable.name.value] = placeholder(type.ofType);
  }
  return variables;
}

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, placeholder(field.type)]),
    );
  }
  const scalars: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00Z' };
  return scalars[type.name];
}
