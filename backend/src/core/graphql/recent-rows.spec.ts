import { RecentRows } from './recent-rows';

/** A read that counts its calls and resolves when told. */
function countedRead<V>(value: (key: string) => V) {
  const calls: string[][] = [];
  const batch = async (keys: readonly string[]) => {
    calls.push([...keys]);
    return keys.map(value);
  };
  return { calls, batch };
}

describe('RecentRows', () => {
  it('shares one read between concurrent callers of a key, and keeps it for the moment', async () => {
    const rows = new RecentRows<number>(60_000);
    let reads = 0;
    const read = async () => ++reads;
    const [a, b] = await Promise.all([rows.get('k', read), rows.get('k', read)]);
    expect([a, b, await rows.get('k', read)]).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
  });

  it('reads in one batch only the keys it does not hold, in the order asked', async () => {
    const rows = new RecentRows<string>(60_000);
    const { calls, batch } = countedRead((key) => `row ${key}`);
    const through = rows.through(batch);
    expect(await through(['a', 'b'])).toEqual(['row a', 'row b']);
    expect(await through(['c', 'a', 'd'])).toEqual(['row c', 'row a', 'row d']);
    expect(calls).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('reads again after forget, after the moment, and every time when turned off', async () => {
    const rows = new RecentRows<string>(40);
    const { calls, batch } = countedRead((key) => key);
    const through = rows.through(batch);
    await through(['a']);
    rows.forget('a');
    await through(['a']);
    expect(calls).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 80)); // the moment itself passing is what is tested
    await through(['a']);
    expect(calls).toHaveLength(3);

    const off = new RecentRows<string>(0);
    const counted = countedRead((key) => key);
    await off.through(counted.batch)(['a']);
    await off.through(counted.batch)(['a']);
    expect(counted.calls).toHaveLength(2);
  });

  it('does not keep a failed read: the next caller tries again', async () => {
    const rows = new RecentRows<string>(60_000);
    await expect(rows.get('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await expect(rows.get('k', async () => 'back')).resolves.toBe('back');
  });

  it('lets a read overtaken by forget answer its own callers without keeping its row', async () => {
    const rows = new RecentRows<string>(60_000);
    let release!: (value: string) => void;
    const slow = rows.get('k', () => new Promise<string>((resolve) => (release = resolve)));
    rows.forget('k');
    const fresh = rows.get('k', async () => 'after the write');
    release('before the write');
    expect(await slow).toBe('before the write');
    expect(await fresh).toBe('after the write');
    expect(await rows.get('k', async () => 'unused')).toBe('after the write');
  });
});
