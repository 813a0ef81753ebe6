// First: tracing (when configured) must patch http, pg and graphql before anything requires them.
import { tracing } from './core/telemetry/register';
import 'reflect-metadata';
import { createApp } from './bootstrap';
import { WebSocketGate } from './core/graphql/websocket-gate';
import { ConfigError, loadConfig } from './core/config/app-config';
import { Drain } from './core/health/drain';
import { assertRedisReachable } from './core/redis/redis-preflight';

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
  // Until the app is up, a signal ends the process at once: nothing has been acknowledged yet.
  const early = (signal: NodeJS.Signals) => {
    console.error(`${signal} while starting: exiting`);
    process.exit(1);
  };
  process.on('SIGTERM', early);
  process.on('SIGINT', early);
  if (config.REDIS_URL) {
    try {
      await assertRedisReachable(config.REDIS_URL);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
  const app = await createApp(config);
  process.off('SIGTERM', early);
  process.off('SIGINT', early);
  const drain = app.get(Drain);
  drain.attach(app.getHttpServer());
  const server = await app.listen(config.PORT, '0.0.0.0');
  server.keepAliveTimeout = 65_000;

  // SIGTERM / SIGINT: /readyz answers 503 at once, but the instance keeps serving for
  // SHUTDOWN_GRACE_SECONDS (with `Connection: close`) while the load balancer notices, and until
  // requests have stopped arriving and running (Drain.settled). Then the websockets get 1012 from WebSocketGate (reconnect elsewhere), and app.close(): the port closes
  // once in-flight requests have answered, jobs finish, the database closes, the last spans are sent, and the process exits 0.
  // A second signal exits at once.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    drain.start();
    console.log(`${signal}: draining for ${config.SHUTDOWN_GRACE_SECONDS}s, then shutting down`);
    setTimeout(() => {
      // The websockets first, while everything they might still send through is up.
      drain.settled().then(() => app.get(WebSocketGate).closeAll()).then(() => app.close()).then(() => tracing?.shutdown()).then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    }, config.SHUTDOWN_GRACE_SECONDS * 1000);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`\n  Ready: http://localhost:${config.PORT}  (GraphQL at /graphql)\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
