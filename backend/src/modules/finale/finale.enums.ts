import { registerEnumType } from '@nestjs/graphql';

export enum WinnerMethod {
  RANK = 'RANK',
  JUDGES = 'JUDGES',
  DRAW = 'DRAW',
}

export enum WinnerStatus {
  NOTIFIED = 'NOTIFIED',
  CLAIMED = 'CLAIMED',
  FORFEITED = 'FORFEITED',
  RESERVE = 'RESERVE',
}

registerEnumType(WinnerMethod, {
  name: 'WinnerMethod',
  valuesMap: {
    RANK: { description: 'Top of the frozen story leaderboard (counted likes only).' },
    JUDGES: { description: "Highest average of the judges' scores." },
    DRAW: { description: 'A random draw among eligible APPROVED stories that anyone can recompute.' },
  },
});
registerEnumType(WinnerStatus, {
  name: 'WinnerStatus',
  valuesMap: {
    NOTIFIED: { description: 'Picked and told; waiting for the claim until claimDeadline.' },
    FORFEITED: { description: 'Not claimed in time or disqualified; the next RESERVE took the place.' },
    RESERVE: { description: 'Next in line.' },
  },
});
