import { GraphQLSchemaHost } from '@nestjs/graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../bootstrap';
import { loadConfig } from '../core/config/app-config';
import { printedSchema, SCHEMA_FILE } from '../core/graphql/printed-schema';

/** `npm run schema:print`: writes the server's schema to shared/schema.graphql for the web app's codegen. */
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ugc-schema-'));
  const app = await createApp(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: '0' }));
  try {
    await app.init();
    writeFileSync(SCHEMA_FILE, printedSchema(app.get(GraphQLSchemaHost).schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
