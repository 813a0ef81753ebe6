import { KeyedThrottle } from './keyed-throttle';

describe(KeyedThrottle.name, () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  const make = (fireMs = 0) => {
    const fired: { key: string; at: number }[] = [];
    const throttle = new KeyedThrottle(1000, async (key) => {
      fired.push({ key, at: Date.now() });
      if (fireMs) await new Promise((resolve) => setTimeout(resolve, fireMs));
    });
    return { throttle, fired };
  };

  it('fires at once for a first change, then once at the end of the interval for everything since', async () => {
    const { throttle, fired } = make();
    throttle.mark('a');
    await jest.advanceTimersByTimeAsync(0);
    expect(fired).toEqual([{ key: 'a', at: 1_000_000 }]);
    for (let i = 0; i < 5; i++) {
      await jest.advanceTimersByTimeAsync(100);
      throttle.mark('a');
    }
    await jest.advanceTimersByTimeAsync(2000);
    expect(fired.map((f) => f.at - 1_000_000)).toEqual([0, 1000]);
  });

  it('keeps keys apart', async () => {
    const { throttle, fired } = make();
    throttle.mark('a');
    throttle.mark('b');
    throttle.mark('a');
    await jest.advanceTimersByTimeAsync(0);
    expect(fired.map((f) => f.key)).toEqual(['a', 'b']);
  });

  it('counts the interval from the end of a slow fire, and fires again for a change made during it', async () => {
    const { throttle, fired } = make(300);
    throttle.mark('a');
    await jest.advanceTimersByTimeAsync(100);
    throttle.mark('a'); // while the first fire is still running
    await jest.advanceTimersByTimeAsync(3000);
    expect(fired.map((f) => f.at - 1_000_000)).toEqual([0, 1300]);
  });

  it('fires nothing after stop', async () => {
    const { throttle, fired } = make();
    throttle.mark('a');
    throttle.stop();
    throttle.mark('b');
    await jest.advanceTimersByTimeAsync(5000);
    expect(fired).toEqual([]);
  });
});
