import { describe, expect, it } from 'vitest';
import { verificationFile } from '../drawProof';

const proof = { commitment: 'c'.repeat(64), seed: 's'.repeat(64), entrantsHash: 'h'.repeat(64), entrants: ['a', 'b', 'c'] };
const winner = (place: number, id: string) => ({ place, story: { id } });

describe('verificationFile', () => {
  it('is null until the seed is revealed', () => {
    expect(verificationFile({ proof: { ...proof, seed: null, entrants: null }, winners: [] })).toBeNull();
  });

  it('gives the script the proof, how many places were drawn and the published order', () => {
    const file = JSON.parse(verificationFile({ proof, winners: [winner(2, 'b'), winner(1, 'c')] })!);
    expect(file).toEqual({ ...proof, picks: 2, expected: ['c', 'b'] });
  });

  it('leaves the order out when a place is missing (a story removed since), so the check stays honest', () => {
    const file = JSON.parse(verificationFile({ proof, winners: [winner(1, 'c'), winner(3, 'a')] })!);
    expect(file.picks).toBe(3);
    expect(file.expected).toBeUndefined();
  });
});
