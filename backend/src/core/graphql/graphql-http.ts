import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import Negotiator from 'negotiator';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger } from 'pino';
import { requestIdOf } from '../logging/logging.module';
import type { Metrics } from '../metrics/metrics';
import type { GraphQLContextFactory } from './graphql-context.factory';
import type { PublicAnswer, PublicAnswers } from './public-answers';
import type { PersonalAnswer, SharedAnswers, SignedInQuery } from './shared-answers';

/** 1 MB is far more than any honest GraphQL document; photos go to their own upload URL. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** The answers to a body that cannot be taken, GraphQL-shaped, the same from Express and from here. */
export const BODY_TOO_LARGE = { errors: [{ message: 'The request body is larger than 1 MB.', extensions: { code: 'BAD_REQUEST' } }] };
export const BODY_NOT_JSON = { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] };
/** Smaller answers are not worth the CPU of compressing them (one TCP packet or three). */
const COMPRESS_FROM_BYTES = 4096;
const ENCODINGS = ['br', 'gzip', 'identity'];
const compressorsAt = (brotliQuality: number, gzipLevel: number) => ({
  br: promisify((body: Buffer, done: (error: Error | null, result: Buffer) => void) =>
    brotliCompress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }, done)),
  gzip: promisify((body: Buffer, done: (error: Error | null, result: Buffer) => void) => gzip(body, { level: gzipLevel }, done)),
});
/**
 * An answer made for one request is compressed quickly: for a 17 KB feed page brotli quality 1
 * took 0.06 ms and came out 15 % larger than quality 4, which took 0.36 ms (as long as splicing a
 * member's shared page itself). A kept public answer is compressed once per encoding: harder.
 */
const compressors = compressorsAt(1, 1);
const keptCompressors = compressorsAt(6, 6);

/** The path GraphQL is served on, and what is under it (`/graphql/session` for the refresh cookie). */
const GRAPHQL_PATH = /^\/graphql(\/|\?|$)/;
const JSON_BODY = /^\s*application\/json\s*(;|$)/i;

export interface GraphQLHttpParts {
  apollo: ApolloServer;
  contexts: GraphQLContextFactory;
  metrics: Metrics;
  log: Logger;
  /** Headers every answer carries (the security headers the rest of the site gets from helmet). */
  headers: Record<string, string>;
  /** Signed-out answers kept as bytes (none when the response cache is off). */
  publicAnswers?: PublicAnswers;
  /** Signed-in members' pages made from one shared execution (none when RECENT_READS_MS is 0). */
  sharedAnswers?: SharedAnswers;
}

/**
 * GraphQL over HTTP on plain Node, in front of Express. This path is nearly every request the
 * product serves (a campaign's crowd scrolling feeds), and Express's router, its request and
 * response decorations and the generic middlewares cost several times what Apollo itself does
 * for a small query. So `/graphql` gets exactly what it needs, each once: a request id and one
 * log line, metrics, the security headers (worked out once, not per request), the body read
 * with its limit, Apollo, and compression for large answers. Everything else (the web app,
 * media, uploads, exports, health) stays on Express.
 */
export function serveGraphQLBeforeExpress(server: Server, express: RequestListener, parts: GraphQLHttpParts): void {
  const handle = graphQLHttpHandler(parts);
  // The Express app is one listener among others (Apollo's drain plugin counts requests per
  // socket with its own): only it is swapped for the dispatcher, in its place.
  const listeners = server.listeners('request') as RequestListener[];
  if (!listeners.includes(express)) throw new Error('the HTTP server does not serve this Express app');
  server.removeAllListeners('request');
  for (const listener of listeners) {
    server.on('request', listener === express ? (req: IncomingMessage, res: ServerResponse) => (GRAPHQL_PATH.test(req.url ?? '') ? handle(req, res) : express(req, res)) : listener);
  }
}

export function graphQLHttpHandler({ apollo, contexts, metrics, log, headers, publicAnswers, sharedAnswers }: GraphQLHttpParts) {
  const fixedHeaders = Object.entries(headers);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = process.hrtime.bigint();
    for (const [name, value] of fixedHeaders) res.setHeader(name, value);
    const id = requestIdOf(req, res);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequestDone('graphql', req.method ?? 'GET', res.statusCode, seconds);
      if (log.isLevelEnabled('info')) {
        log.info({ req: { id, method: req.method, url: req.url }, res: { statusCode: res.statusCode }, responseTime: Math.round(seconds * 1000) }, 'request completed');
      }
    });
    serve(req, res).catch((error: unknown) => {
      log.error({ err: error, req: { id, method: req.method, url: req.url } }, 'GraphQL request failed');
      if (!res.headersSent) answer(res, 500, { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const read = req.method === 'POST' ? await readJsonBody(req, res) : { text: '', json: {} };
    if (read === REFUSED) return;
    const key = publicAnswers?.keyOf(req, read.text) ?? null;
    const kept = key ? publicAnswers!.find(key) : undefined;
    if (kept) return sendKept(req, res, kept);
    const body = read.json;
    if (sharedAnswers && req.headers.authorization) {
      const started = process.hrtime.bigint();
      const shared = await sharedAnswers.answer(req, body, (query) => executeSignedOut(req, res, query));
      if (shared) {
        metrics.operation(shared.operationName, 'query', 'shared', Number(process.hrtime.bigint() - started) / 1e9, []);
        return sendShared(req, res, shared);
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: query < 0 ? '' : url.slice(query), body },
      context: () => contexts.forHttp(req, res),
    });
    await send(req, res, response, key ? (payload) => publicAnswers!.keep(key, response.status ?? 200, [...response.headers], payload) : undefined);
  }

  /** The query as if nobody were signed in, read afresh (not from the signed-out cache): what SharedAnswers shares. */
  function executeSignedOut(req: IncomingMessage, res: ServerResponse, query: SignedInQuery): Promise<HTTPGraphQLResponse> {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (req.headers.accept) headers.set('accept', req.headers.accept);
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query: query.text, variables: query.variables, operationName: query.operationName } },
      context: async () => ({ ...contexts.signedOut(req, res), readAfresh: true }),
    });
  }
}

/** Marks a request already answered (too large, not JSON). */
const REFUSED: unique symbol = Symbol('refused');

/** The body as text and as JSON when it says it is JSON (else `{}`, which Apollo refuses in its own words); 413 and 400 answered here. */
async function readJsonBody(req: IncomingMessage, res: ServerResponse): Promise<{ text: string; json: unknown } | typeof REFUSED> {
  if (!JSON_BODY.test(req.headers['content-type'] ?? '')) {
    req.resume();
    return { text: '', json: {} };
  }
  const tooLarge = (): typeof REFUSED => {
    // What is still coming is not read: the connection is closed after this answer.
    res.shouldKeepAlive = false;
    answer(res, 413, BODY_TOO_LARGE);
    return REFUSED;
  };
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES) return tooLarge();
  const chunks = await bodyChunks(req);
  if (!chunks) return tooLarge();
  const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
  try {
    return { text, json: text.trim() === '' ? {} : JSON.parse(text) };
  } catch {
    answer(res, 400, BODY_NOT_JSON);
    return REFUSED;
  }
}

/**
 * The body's chunks, or null once it passes BODY_LIMIT_BYTES (the rest is not read). With the
 * stream's events, not `for await`: its async iterator cost more than the rest of reading a small
 * body (a promise and a queue per chunk).
 */
function bodyChunks(req: IncomingMessage): Promise<Buffer[] | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > BODY_LIMIT_BYTES) {
        req.off('data', onData).off('end', onEnd).off('error', reject);
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => resolve(chunks);
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

async function send(req: IncomingMessage, res: ServerResponse, response: HTTPGraphQLResponse, keep?: (payload: Buffer) => void): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'chunked') {
    // Incremental delivery (@defer): each part goes as it is ready, uncompressed.
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  const payload = Buffer.from(response.body.string, 'utf8');
  keep?.(payload);
  await sendPayload(req, res, payload, (encoding) => compressors[encoding](payload));
}

async function sendShared(req: IncomingMessage, res: ServerResponse, shared: PersonalAnswer): Promise<void> {
  for (const [key, value] of shared.headers) res.setHeader(key, value);
  res.statusCode = shared.status;
  await sendPayload(req, res, shared.body, (encoding) => compressors[encoding](shared.body));
}

/** A kept signed-out answer: its headers, its age, and its body compressed once per encoding. */
async function sendKept(req: IncomingMessage, res: ServerResponse, kept: PublicAnswer): Promise<void> {
  for (const [key, value] of kept.headers) res.setHeader(key, value);
  res.setHeader('Age', String(Math.floor((Date.now() - kept.storedAt) / 1000)));
  res.statusCode = kept.status;
  await sendPayload(req, res, kept.body, (encoding) => {
    let encoded = kept.encoded.get(encoding);
    if (!encoded) kept.encoded.set(encoding, (encoded = keptCompressors[encoding](kept.body)));
    return encoded;
  });
}

async function sendPayload(req: IncomingMessage, res: ServerResponse, body: Buffer, compress: (encoding: keyof typeof compressors) => Promise<Buffer>): Promise<void> {
  let payload = body;
  if (payload.length >= COMPRESS_FROM_BYTES) {
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = new Negotiator(req).encoding(ENCODINGS) as keyof typeof compressors | 'identity' | undefined;
    if (encoding === 'br' || encoding === 'gzip') {
      payload = await compress(encoding);
      res.setHeader('Content-Encoding', encoding);
    }
  }
  res.setHeader('Content-Length', payload.length);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
