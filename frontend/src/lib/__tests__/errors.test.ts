import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { describeError, getErrorField, getErrorInfo } from '../errors';

function graphQLError(code: string, extensions: Record<string, unknown> = {}, message = 'server message') {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extensions } }] });
}

describe('describeError', () => {
  it('tells people when they can try again after a rate limit', () => {
    const error = graphQLError('RATE_LIMITED', { retryAfterSeconds: 30 });
    expect(getErrorInfo(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(describeError(error, i18n.t, 'en')).toBe("You're doing that a bit too often. Please try again in 30 seconds.");
    expect(describeError(error, i18n.getFixedT('zh-CN'), 'zh-CN')).toBe('操作太频繁了，请30秒钟后再试。');
  });

  it('rounds long waits up to minutes', () => {
    expect(describeError(graphQLError('RATE_LIMITED', { retryAfterSeconds: 150 }), i18n.t, 'en')).toContain('in 3 minutes');
  });

  it('never shows internal server messages', () => {
    const text = describeError(graphQLError('INTERNAL_SERVER_ERROR', {}, 'relation "x" does not exist'), i18n.t, 'en');
    expect(text).not.toContain('relation');
    expect(text).toBe('Something went wrong on our side. Please try again in a little while.');
  });

  it('explains network failures and allows per-screen wording', () => {
    expect(describeError(new TypeError('Failed to fetch'), i18n.t, 'en')).toMatch(/can't reach the server/);
    expect(describeError(graphQLError('CONFLICT'), i18n.t, 'en', { CONFLICT: 'Email taken' })).toBe('Email taken');
  });
});

describe('getErrorInfo for HTTP-level failures', () => {
  it('reads GraphQL errors carried in a non-2xx body', async () => {
    const { ServerError } = await import('@apollo/client/errors');
    const body = JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 429 }), bodyText: body });
    expect(getErrorInfo(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 12 });
  });

  it('treats a missing API (404/502) as a connection problem', async () => {
    const { ServerError } = await import('@apollo/client/errors');
    const error = new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(getErrorInfo(error).code).toBe('NETWORK');
  });
});

describe('what the real server sends', () => {
  it('reads a refused document (400) as QUERY_TOO_COMPLEX', async () => {
    const { ServerError } = await import('@apollo/client/errors');
    // Exactly what the server answered for the story page's comments(first: 50).
    const body = JSON.stringify({ errors: [{ message: 'Syntax Error: Query Cost limit of 5000 exceeded, found 6037.15625.', extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 400 }), bodyText: body });
    expect(getErrorInfo(error).code).toBe('QUERY_TOO_COMPLEX');
    expect(describeError(error, i18n.t, 'en')).toBe('That request was too big. Please try a smaller page.');
  });

  it('keeps the field the server blamed', () => {
    const error = graphQLError('CONFLICT', { field: 'slug' }, 'Another campaign already uses this slug.');
    expect(getErrorInfo(error)).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(getErrorField(error)).toBe('slug');
    expect(getErrorField(graphQLError('NOT_FOUND'))).toBeUndefined();
    expect(getErrorField(undefined)).toBeUndefined();
  });
});
