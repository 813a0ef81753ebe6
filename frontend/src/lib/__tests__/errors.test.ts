import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { describeError, getErrorField, getErrorInfo, suspendedUntilFrom } from '../errors';

function graphQLError(code: string, extensions: Record<string, unknown> = {}, message = 'server message', path?: string[]) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extensions }, path }] });
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

describe('server messages in the reader\'s language', () => {
  const zh = i18n.getFixedT('zh-CN');

  it('says which field needs another look, by the field the server named', () => {
    const title = graphQLError('BAD_USER_INPUT', { field: 'title' }, 'The title must be 1 to 120 characters.', ['submitStory']);
    expect(describeError(title, i18n.t, 'en')).toBe('Please give it a title of at most 120 characters.');
    expect(describeError(title, zh, 'zh-CN')).toBe('请填写标题，最多 120 个字。');
    // Validation errors name a path; the last part is the field.
    expect(getErrorField(graphQLError('BAD_USER_INPUT', { field: 'input.displayName' }))).toBe('displayName');
    expect(describeError(graphQLError('BAD_USER_INPUT', { field: 'input.displayName' }), i18n.t, 'en')).toBe('Please use a name of 1 to 40 characters.');
    expect(describeError(graphQLError('BAD_USER_INPUT', { field: 'after' }), zh, 'zh-CN')).toBe('列表在你浏览时有了变化，请刷新页面从头开始。');
  });

  it('tells a word-list refusal of a comment from one of a story', () => {
    expect(describeError(graphQLError('BAD_USER_INPUT', { field: 'body' }, 'x', ['addComment']), i18n.t, 'en')).toMatch(/^Your comment contains words/);
    expect(describeError(graphQLError('BAD_USER_INPUT', { field: 'body' }, 'x', ['submitStory']), i18n.t, 'en')).toMatch(/^Your story contains words/);
  });

  it('falls back to the server\'s own explanation for input it has no sentence for', () => {
    const error = graphQLError('BAD_USER_INPUT', { field: 'parentId' }, 'Replies go one level deep.', ['addComment']);
    expect(describeError(error, i18n.t, 'en')).toBe('Something needs another look: Replies go one level deep.');
  });

  it('explains conflicts by their field, and a failed login as wrong credentials', () => {
    expect(describeError(graphQLError('CONFLICT', { field: 'email' }, 'An account with this email already exists.', ['register']), i18n.t, 'en')).toBe(
      "There's already an account with this email. Try logging in instead.",
    );
    expect(describeError(graphQLError('CONFLICT', { field: 'slug' }), zh, 'zh-CN')).toBe('这个网址已被其他活动使用。');
    expect(describeError(graphQLError('CONFLICT', {}, 'x', ['reportContent']), i18n.t, 'en')).toMatch(/already reported this/);
    const login = graphQLError('UNAUTHENTICATED', {}, 'The email or password is incorrect.', ['login']);
    expect(getErrorInfo(login).operation).toBe('login');
    expect(describeError(login, i18n.t, 'en')).toBe("That email and password don't match. Please check and try again.");
    // Anywhere else UNAUTHENTICATED still means "log in".
    expect(describeError(graphQLError('UNAUTHENTICATED', {}, 'x', ['likeStory']), i18n.t, 'en')).toBe('Please log in to do that.');
  });

  it('tells a suspended person until when, from me.suspendedUntil', () => {
    const refused = graphQLError('FORBIDDEN', {}, 'Your account is suspended until 2026-12-01T10:00:00.000Z.', ['addComment']);
    const now = new Date('2026-11-25T00:00:00Z');
    const until = '2026-12-01T10:00:00.000Z';
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(until));
    expect(describeError(refused, i18n.t, 'en', {}, { suspendedUntil: until, now })).toBe(
      `Your account is suspended until ${expected}, so you can read but not post, like, comment or report.`,
    );
    // The refusal's own end counts even before the app knows of the suspension (one message, the server's date).
    expect(describeError(refused, i18n.t, 'en', {}, { now })).toBe(`Your account is suspended until ${expected}, so you can read but not post, like, comment or report.`);
    expect(suspendedUntilFrom(refused)).toBe(until);
    const indefinitely = graphQLError('FORBIDDEN', {}, 'Your account is suspended until 9999-12-31T00:00:00.000Z.', ['likeStory']);
    expect(describeError(indefinitely, zh, 'zh-CN', {}, { now })).toMatch(/^你的账号已被暂停，恢复前/);
    // Not (or no longer) suspended: the general sentence.
    const plain = graphQLError('FORBIDDEN', {}, 'Not allowed.', ['addComment']);
    expect(describeError(plain, i18n.t, 'en', {}, { suspendedUntil: '2026-11-01T00:00:00.000Z', now })).toBe('Your account is not allowed to do that.');
    expect(describeError(plain, i18n.t, 'en')).toBe('Your account is not allowed to do that.');
    expect(suspendedUntilFrom(plain)).toBeNull();
  });

  it('keeps a screen\'s own wording first', () => {
    const error = graphQLError('CONFLICT', { field: 'email' });
    expect(describeError(error, i18n.t, 'en', { CONFLICT: 'Email taken' })).toBe('Email taken');
  });
});
