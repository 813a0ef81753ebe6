interface KeyState {
  /** When the last fire finished. */
  lastFiredAt: number;
  timer?: NodeJS.Timeout;
  firing: boolean;
  /** Marked while firing: the fire may have read the state before this change. */
  pending: boolean;
}

/**
 * Calls `fire(key)` at most once per interval per key, counted from the end of one fire to the
 * start of the next: on the leading edge (a first change is announced at once) and on the
 * trailing edge (changes during the wait are announced together when it ends, so the last
 * state is never left unannounced). Per process: with several instances each throttles its own
 * changes.
 */
export class KeyedThrottle {
  private readonly states = new Map<string, KeyState>();
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly fire: (key: string) => Promise<void>,
  ) {}

  mark(key: string): void {
    if (this.stopped) return;
    let state = this.states.get(key);
    if (!state) {
      if (this.states.size >= 10_000) this.forgetQuietKeys();
      state = { lastFiredAt: 0, firing: false, pending: false };
      this.states.set(key, state);
    }
    if (state.firing) state.pending = true;
    else if (!state.timer) this.schedule(key, state);
  }

  stop(): void {
    this.stopped = true;
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
  }

  private schedule(key: string, state: KeyState): void {
    const wait = Math.max(0, state.lastFiredAt + this.intervalMs - Date.now());
    state.timer = setTimeout(async () => {
      state.timer = undefined;
      state.firing = true;
      state.pending = false;
      try {
        await this.fire(key);
      } finally {
        state.firing = false;
        state.lastFiredAt = Date.now();
        if (state.pending && !this.stopped) {
          state.pending = false;
          this.schedule(key, state);
        }
      }
    }, wait);
    state.timer.unref();
  }

  private forgetQuietKeys(): void {
    const quietSince = Date.now() - this.intervalMs;
    for (const [key, state] of this.states) {
      if (!state.timer && !state.firing && state.lastFiredAt < quietSince) this.states.delete(key);
    }
  }
}
