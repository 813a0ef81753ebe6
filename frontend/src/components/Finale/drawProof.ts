/** The command that checks a draw, run from a checkout of the repository. */
export const VERIFY_COMMAND = 'node scripts/verify-draw.mjs proof.json';

interface ProofInput {
  proof: { commitment: string; seed: string | null; entrantsHash: string | null; entrants: readonly string[] | null };
  winners: readonly { place: number; story: { id: string } }[];
}

/**
 * The file scripts/verify-draw.mjs reads: the public proof, how many places were drawn and, when
 * every place is still listed (none was left out for a removed story), the published order to
 * compare. Null until the seed is revealed.
 */
export function verificationFile({ proof, winners }: ProofInput): string | null {
  if (!proof.seed || !proof.entrantsHash || !proof.entrants) return null;
  const ordered = [...winners].sort((a, b) => a.place - b.place);
  const complete = ordered.every((winner, index) => winner.place === index + 1);
  const picks = ordered.length ? ordered[ordered.length - 1].place : 0;
  return JSON.stringify(
    {
      commitment: proof.commitment,
      seed: proof.seed,
      entrantsHash: proof.entrantsHash,
      entrants: proof.entrants,
      picks,
      ...(complete ? { expected: ordered.map((winner) => winner.story.id) } : {}),
    },
    null,
    2,
  );
}
