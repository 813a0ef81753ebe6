import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';

/** The printed schema the web app generates its types from (and the API contract is checked against). */
export const SCHEMA_FILE = join(__dirname, '../../../../shared/schema.graphql');

export function printedSchema(schema: GraphQLSchema): string {
  return `# Printed from the server's code-first schema by \`npm run schema:print\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
