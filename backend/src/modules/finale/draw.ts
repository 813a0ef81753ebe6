import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The verifiable draw. Everything here is public except the seed until the draw is made, and
 * scripts/verify-draw.mjs repeats it with no dependencies: keep the two identical.
 *
 * 1. At prize creation: seed = 32 random bytes as 64 lower-case hex characters; the commitment
 *    sha256(seed as text) is published at once, so the seed cannot be chosen after the entrants are known.
 * 2. At the draw: the entrants are the eligible story ids, sorted ascending (plain string order of
 *    the lower-case uuids), joined by "\n"; entrantsHash = sha256 of that text.
 * 3. Picks: counter starts at 0. For each pick, n = entrants still in the list;
 *    x = first 8 bytes of HMAC-SHA256(key = seed text, message = counter in decimal) as an unsigned
 *    big-endian 64-bit integer; counter += 1; if x >= floor(2^64 / n) * n the value is thrown away
 *    and the next counter tried (no modulo bias); otherwise the entrant at index x mod n is picked
 *    and taken out of the list. Winners come first, reserves continue in the same sequence.
 */
export const DRAW_ALGORITHM =
  'Sort the entrant story ids ascending and join them with "\\n": sha256 of that text is entrantsHash. ' +
  'sha256(seed) must equal the commitment. Then, with a counter starting at 0: take the first 8 bytes of ' +
  'HMAC-SHA256(key = seed, message = the counter in decimal) as an unsigned big-endian integer x and add 1 to the counter; ' +
  'with n entrants left, throw x away if x >= floor(2^64 / n) * n, else pick the entrant at index x mod n and remove it. ' +
  'Winners are the first picks in place order, reserves the next ones. scripts/verify-draw.mjs in the repository does exactly this.';

const TWO_64 = 1n << 64n;

export function newSeed(): string {
  return randomBytes(32).toString('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function entrantsHash(sortedIds: string[]): string {
  return sha256Hex(sortedIds.join('\n'));
}

/** Returns `count` picks (or every entrant if fewer) in order, from entrants already sorted. */
export function drawPicks(seed: string, sortedIds: string[], count: number): string[] {
  const left = [...sortedIds];
  const picks: string[] = [];
  let counter = 0;
  while (picks.length < count && left.length > 0) {
    const n = BigInt(left.length);
    const x = createHmac('sha256', seed).update(String(counter), 'utf8').digest().readBigUInt64BE(0);
    counter += 1;
    if (x >= (TWO_64 / n) * n) continue;
    picks.push(left.splice(Number(x % n), 1)[0]);
  }
  return picks;
}

/** Ids in the order the draw publishes them. */
export function sortEntrants(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
