/**
 * What the tests of one file have started and not stopped yet: apps, server processes, proxies.
 * jest-after-env.ts closes whatever is left once the file has run, so that a test which failed
 * or timed out half-way (its own afterAll never saw the app, still starting) leaves nothing
 * running to keep jest from exiting.
 */
const running = new Map<object, () => Promise<unknown>>();
const starting = new Set<Promise<unknown>>();

/** Registers `resource` to be closed at the end of the file unless `released` first. */
export function closeAtEnd(resource: object, close: () => Promise<unknown>): void {
  running.set(resource, close);
}

export function released(resource: object): void {
  running.delete(resource);
}

/** A start that is still under way when the file ends is awaited, then closed too. */
export function starts<T>(start: Promise<T>): Promise<T> {
  starting.add(start);
  const forget = () => void starting.delete(start);
  start.then(forget, forget);
  return start;
}

export async function closeLeftovers(): Promise<void> {
  await Promise.allSettled([...starting]);
  const closers = [...running.values()];
  running.clear();
  await Promise.allSettled(closers.map((close) => close()));
}

/** Closes what is left once the tests around the call have run: the file's, or a spec group's file's. */
export function closeLeftoversAfterAll(): void {
  afterAll(() => closeLeftovers(), 120_000);
}
