#!/usr/bin/env node
// Recomputes the winners of a DRAW prize from its public data, with no dependencies:
//   node scripts/verify-draw.mjs <proof.json>
// proof.json: { "seed": "...", "commitment": "...", "entrantsHash": "...", "entrants": ["<story id>", ...],
//               "picks": <how many: winners + reserves>, "expected": ["<story id>", ...] (optional) }
// (the campaign results page and `campaignResults { prizes { proof { seed commitment entrantsHash entrants } winners { place story { id } } } }` give these).
// Prints the picks in place order and exits 1 if the commitment, the entrants hash or the expected winners disagree.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const TWO_64 = 1n << 64n;

export function verifyDraw({ seed, commitment, entrantsHash, entrants, picks, expected }) {
  const problems = [];
  if (sha256(seed) !== commitment) problems.push('sha256(seed) is not the commitment');
  const sorted = [...new Set(entrants.map((id) => id.toLowerCase()))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sha256(sorted.join('\n')) !== entrantsHash) problems.push('the entrants do not hash to entrantsHash');
  const left = [...sorted];
  const result = [];
  let counter = 0;
  while (result.length < picks && left.length > 0) {
    const n = BigInt(left.length);
    const x = createHmac('sha256', seed).update(String(counter), 'utf8').digest().readBigUInt64BE(0);
    counter += 1;
    if (x >= (TWO_64 / n) * n) continue;
    result.push(left.splice(Number(x % n), 1)[0]);
  }
  if (expected && expected.some((id, index) => id.toLowerCase() !== result[index])) problems.push('the published winners differ from the recomputed ones');
  return { picks: result, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/verify-draw.mjs <proof.json>');
    process.exit(2);
  }
  const proof = JSON.parse(readFileSync(file, 'utf8'));
  const { picks, problems } = verifyDraw({ ...proof, picks: proof.picks ?? proof.expected?.length ?? 1 });
  picks.forEach((id, index) => console.log(`${index + 1}. ${id}`));
  if (problems.length) {
    problems.forEach((problem) => console.error(`MISMATCH: ${problem}`));
    process.exit(1);
  }
  console.log('OK: commitment, entrants hash' + (proof.expected ? ' and winners' : '') + ' verified');
}
