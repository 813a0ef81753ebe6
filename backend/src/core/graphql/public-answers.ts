import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';

/** What Apollo's response cache says of an answer anyone may be given (public-response-cache.ts). */
const PUBLIC = /(?:^|,)\s*public\b/i;
const MAX_AGE = /max-age=(\d+)/i;
/** Answers larger than this are not kept (a feed page is 20–40 KB). */
const MAX_ANSWER_BYTES = 256 * 1024;

export interface PublicAnswer {
  status: number;
  headers: [string, string][];
  body: Buffer;
  storedAt: number;
  expiresAt: number;
  /** The body compressed per encoding, made on the first request that asks for it. */
  encoded: Map<string, Promise<Buffer>>;
}

/**
 * The signed-out crowd's answers, kept as the bytes that were sent. Apollo's response cache
 * (public-response-cache.ts) already answers a repeated signed-out query without executing it,
 * but each hit still goes through Apollo: the document is parsed and validated, the front door
 * runs, the stored answer is parsed from JSON, serialized again and compressed again, several
 * times the cost of the answer itself for a feed page. What Apollo marked `public, max-age=N`
 * is kept here, for N seconds at most (RESPONSE_CACHE_SECONDS), and the same request (method,
 * URL, body, and the headers that change the answer or its checks) gets the same bytes.
 *
 * Only requests without `Authorization` (nothing else signs anyone in on this path) and that
 * pass Apollo's CSRF rule on their face (a JSON POST, or a GET with `apollo-require-preflight`)
 * are looked up; an answer is kept only as Apollo made it for such a request. A hit skips the
 * front door's per-address limits, as a CDN answering the same GET would.
 */
export class PublicAnswers {
  private readonly answers: LRUCache<string, PublicAnswer>;

  constructor(private readonly maxAgeSeconds: number) {
    this.answers = new LRUCache({ max: 2000 });
  }

  get enabled(): boolean {
    return this.maxAgeSeconds > 0;
  }

  /** The key a request's answer is kept under, or null when it may not be answered from here. */
  keyOf(req: IncomingMessage, rawBody: string): string | null {
    if (!this.enabled || req.headers.authorization) return null;
    const method = req.method ?? 'GET';
    const preflighted = method === 'POST' ? /^\s*application\/json/i.test(req.headers['content-type'] ?? '') : !!req.headers['apollo-require-preflight'];
    if (!preflighted || (method !== 'POST' && method !== 'GET')) return null;
    // The answer's form follows Accept (application/json or application/graphql-response+json).
    return `${method} ${req.url ?? ''}\n${req.headers.accept ?? ''}\n${rawBody}`;
  }

  find(key: string): PublicAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (answer.expiresAt > Date.now()) return answer;
    this.answers.delete(key);
    return undefined;
  }

  /** Keeps Apollo's answer if it said anyone may have it, for as long as it said (at most maxAgeSeconds). */
  keep(key: string, status: number, headers: [string, string][], body: Buffer): void {
    // An answer with errors is never kept, whatever its header says (a stale error would outlive its cause).
    if (status !== 200 || body.length > MAX_ANSWER_BYTES || body.includes('"errors":')) return;
    const cacheControl = headers.find(([name]) => name.toLowerCase() === 'cache-control')?.[1] ?? '';
    // A hit of Apollo's own cache says how old it already is.
    const age = Number(headers.find(([name]) => name.toLowerCase() === 'age')?.[1] ?? 0);
    const seconds = Math.min(Number(MAX_AGE.exec(cacheControl)?.[1] ?? 0) - age, this.maxAgeSeconds);
    if (!PUBLIC.test(cacheControl) || !(seconds > 0)) return;
    const now = Date.now();
    const kept = headers.filter(([name]) => name.toLowerCase() !== 'age');
    this.answers.set(key, { status, headers: kept, body, storedAt: now - age * 1000, expiresAt: now + seconds * 1000, encoded: new Map() });
  }
}
