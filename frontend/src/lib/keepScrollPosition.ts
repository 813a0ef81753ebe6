/**
 * Navigation options (`navigate`, `setSearchParams`) for a change that is not a new page, e.g. a
 * tab in the address: the view stays where it is. (React Router's `preventScrollReset` only
 * works with its data router.)
 */
export const keepScrollPosition = { state: { preventScrollReset: true } } as const;

/** Whether a location was reached with keepScrollPosition (ScrollRestoration leaves the view alone). */
export const keepsScroll = (state: unknown): boolean => typeof state === 'object' && state !== null && (state as { preventScrollReset?: unknown }).preventScrollReset === true;
