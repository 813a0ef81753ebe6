/**
 * Paths grouped the way an operator reads them (metrics labels, trace span names); a raw path
 * would make one series per story id. No imports: the tracing setup loads this before anything
 * it instruments.
 */
const ROUTES: [RegExp, string][] = [
  [/^\/graphql\/?$/, 'graphql'],
  [/^\/media\//, 'media'],
  [/^\/uploads\//, 'uploads'],
  [/^\/exports\//, 'exports'],
  [/^\/mail\//, 'mail'],
  [/^\/(healthz|readyz|metrics)$/, 'health'],
];

export const routeGroupOf = (path: string): string => ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? 'web-app';
