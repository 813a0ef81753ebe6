import type { IncomingMessage } from 'node:http';
import { PublicAnswers } from './public-answers';

const request = (method: string, headers: Record<string, string>, url = '/graphql') => ({ method, url, headers }) as unknown as IncomingMessage;
const JSON_POST = { 'content-type': 'application/json' };
const body = Buffer.from('{"data":{"feed":[]}}');

describe('PublicAnswers', () => {
  afterEach(() => jest.useRealTimers());

  it('keeps only what Apollo marked public, for its max-age less its age, at most the configured seconds', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const answers = new PublicAnswers(5);
    const key = answers.keyOf(request('POST', JSON_POST), '{"query":"{ feed }"}')!;
    answers.keep(key, 200, [['cache-control', 'private, no-store']], body);
    expect(answers.find(key)).toBeUndefined();
    answers.keep(key, 200, [['cache-control', 'max-age=60, public'], ['age', '2']], body);
    expect(answers.find(key)?.body).toEqual(body);
    jest.advanceTimersByTime(4_900); // 60 s allowed by Apollo, 5 s here
    expect(answers.find(key)).toBeDefined();
    jest.advanceTimersByTime(200);
    expect(answers.find(key)).toBeUndefined();
    answers.keep(key, 200, [['cache-control', 'max-age=5, public'], ['age', '4']], body);
    jest.advanceTimersByTime(1_100);
    expect(answers.find(key)).toBeUndefined();
    answers.keep(key, 400, [['cache-control', 'max-age=5, public']], body);
    expect(answers.find(key)).toBeUndefined();
    answers.keep(key, 200, [['cache-control', 'max-age=5, public']], Buffer.from('{"errors":[{"message":"no"}],"data":null}'));
    expect(answers.find(key)).toBeUndefined();
  });

  it('looks up no signed-in request, no GET that would fail the CSRF rule, and nothing when the cache is off', () => {
    const answers = new PublicAnswers(5);
    expect(answers.keyOf(request('POST', { ...JSON_POST, authorization: 'Bearer x' }), '{}')).toBeNull();
    expect(answers.keyOf(request('POST', { 'content-type': 'text/plain' }), '{}')).toBeNull();
    expect(answers.keyOf(request('GET', {}, '/graphql?query=%7Bfeed%7D'), '')).toBeNull();
    expect(answers.keyOf(request('GET', { 'apollo-require-preflight': 'true' }, '/graphql?query=%7Bfeed%7D'), '')).not.toBeNull();
    // The answer's content type follows Accept: another Accept, another entry.
    expect(answers.keyOf(request('POST', { ...JSON_POST, accept: 'application/graphql-response+json' }), '{}')).not.toEqual(answers.keyOf(request('POST', JSON_POST), '{}'));
    expect(new PublicAnswers(0).keyOf(request('POST', JSON_POST), '{}')).toBeNull();
  });
});
