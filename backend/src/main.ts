import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './core/config/app-config';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  // Drain: stop accepting, let in-flight requests finish, then close the database (shutdown hooks).
  const server = await app.listen(config.PORT, '0.0.0.0');
  server.keepAliveTimeout = 65_000;
  console.log(`\n  Ready: http://localhost:${config.PORT}  (GraphQL at /graphql)\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
