export interface WaitForOptions {
  /** Give up after this long (ms). */
  timeout?: number;
  /** Pause between checks (ms). */
  interval?: number;
  /** Named in the error, so that a timeout says what was awaited. */
  what?: string;
}

/**
 * Checks `condition` until it holds (a truthy value, which is returned) or `timeout` passes.
 * Tests wait with this for the very state they then assert on, never for a fixed time: on a
 * busy machine the work takes longer, and on a fast one the test does not sit idle. A check
 * that throws counts as "not yet"; its last error is part of the timeout's message.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, options: WaitForOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 15_000, interval = 50, what = 'the condition' } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last check failed: ${lastError.message})` : '';
      throw new Error(`waited ${timeout} ms for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
