import { ConfigError, loadConfig } from '../config/app-config';
import type { startTracingSdk } from './tracing-sdk';

/**
 * Starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set. main.ts imports this
 * module first of all: instrumentations patch `http`, `pg` and `graphql` as they are required,
 * so the SDK must be running before Nest, TypeORM or Apollo load them. An import at the top of
 * main.ts rather than a `node --require` preload, so that every way of starting the server
 * (`npm start`, `node backend/dist/main.js`, the image, the tests' processes) traces alike with
 * nothing to remember on the command line. (The build is CommonJS: imports run in order.)
 *
 * Unset, the SDK is never loaded: not one module, no patched function, no cost per request.
 * A bad configuration is left for main.ts to report with every other variable.
 */
function start(): ReturnType<typeof startTracingSdk> | undefined {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when tracing is on, as said above
  const { startTracingSdk: startSdk } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  return startSdk(config);
}

/** The running SDK (undefined when tracing is off); main.ts flushes it before exiting. */
export const tracing = start();
