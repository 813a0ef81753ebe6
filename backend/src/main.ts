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
  const server = await app.listen(config.PORT, '0.0.0.0');
  server.keepAliveTimeout = 65_000;

  // SIGTERM / SIGINT: stop accepting, let in-flight requests and jobs finish, close websockets
  // and then the database (Nest's shutdown hooks), and exit 0. A second signal exits at once.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: draining and shutting down`);
    app.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`\n  Ready: http://localhost:${config.PORT}  (GraphQL at /graphql)\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
