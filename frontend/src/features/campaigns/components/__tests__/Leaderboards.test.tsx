import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { Leaderboards } from '../Leaderboards';

describe('Leaderboards', () => {
  it('labels a frozen board\'s counts as counted at the end, with the date', () => {
    renderWithProviders(<Leaderboards campaignId="c1" frozenAt="2026-03-31T16:00:00.000Z" />);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-03-31T16:00:00.000Z'));
    expect(screen.getByTestId('leaderboard-frozen')).toHaveTextContent(`Counted at the end, ${expected}. Likes since then don't change these results.`);
  });

  it('says nothing of the kind while the boards are live', () => {
    renderWithProviders(<Leaderboards campaignId="c1" />);
    expect(screen.queryByTestId('leaderboard-frozen')).not.toBeInTheDocument();
  });
});
