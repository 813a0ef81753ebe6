import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { PointsRulesSummary } from '../Campaign/PointsRulesSummary';

describe('PointsRulesSummary', () => {
  it('lists only the ways that give points, with the daily cap on likes', () => {
    render(<PointsRulesSummary rules={{ storyApproved: 10, storyFeatured: 0, prizeWon: 100, likeReceived: 1, likeReceivedDailyCap: 20 }} />);
    const ways = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(ways).toEqual(['+10 points when your story is published', '+100 points for each prize you win', '+1 point for each like your stories receive, up to 20 a day']);
  });

  it('shows nothing when no way gives points', () => {
    const { container } = render(<PointsRulesSummary rules={{ storyApproved: 0, storyFeatured: 0, prizeWon: 0, likeReceived: 5, likeReceivedDailyCap: 0 }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
