import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FinaleResultsFieldsFragment } from '../../../../gql/graphql';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { DisqualifyWinnerDocument } from '../api/disqualifyWinner';
import { FinalizeResultsDocument } from '../api/finalizeResults';
import { DraftPanel } from '../components/DraftPanel';

const winner = (id: string, place: number, status: 'NOTIFIED' | 'RESERVE' | 'FORFEITED') => ({
  __typename: 'Winner' as const,
  id,
  place,
  status,
  claimDeadline: null,
  claim: null,
  user: { __typename: 'User' as const, id: `u-${id}`, displayName: `Person ${id}`, avatarUrl: null },
  story: { __typename: 'Story' as const, id: `s-${id}`, title: `Story ${id}`, likeCount: 3 },
});

const draft = (winners: ReturnType<typeof winner>[], finalizedAt: string | null = null): FinaleResultsFieldsFragment => ({
  __typename: 'CampaignResults',
  finalizedAt,
  voidedLikeCount: 2,
  prizes: [
    {
      __typename: 'PrizeResult',
      prize: { __typename: 'Prize', id: 'p1', name: 'Mug', description: null, quantity: 1, method: 'RANK' },
      proof: null,
      winners,
      withdrawnPlaces: [],
    },
  ],
});

describe('DraftPanel', () => {
  it('publishes only after the confirmation, and hands back what the server returned', async () => {
    const user = userEvent.setup();
    const onResults = vi.fn();
    const published = draft([winner('a', 1, 'NOTIFIED'), winner('b', 2, 'RESERVE')], '2026-12-02T07:00:00.000Z');
    renderWithProviders(<DraftPanel campaignId="c1" ended results={draft([winner('a', 1, 'NOTIFIED'), winner('b', 2, 'RESERVE')])} onResults={onResults} />, {
      mocks: [{ request: { query: FinalizeResultsDocument, variables: { campaignId: 'c1' } }, result: { data: { finalizeResults: published } } }],
    });
    expect(screen.getByText('2 likes did not count.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish the results' }));
    expect(screen.getByRole('dialog', { name: 'Publish these results?' })).toHaveTextContent('can never be drawn again');
    expect(onResults).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Publish for good' }));
    await waitFor(() => expect(onResults).toHaveBeenCalledWith(expect.objectContaining({ finalizedAt: '2026-12-02T07:00:00.000Z' })));
  });

  it('disqualifies a winner with a reason; reserves have nothing to disqualify', async () => {
    const user = userEvent.setup();
    const onResults = vi.fn();
    const after = draft([winner('a', 1, 'FORFEITED'), winner('b', 2, 'NOTIFIED')]);
    renderWithProviders(<DraftPanel campaignId="c1" ended results={draft([winner('a', 1, 'NOTIFIED'), winner('b', 2, 'RESERVE')])} onResults={onResults} />, {
      mocks: [
        {
          request: { query: DisqualifyWinnerDocument, variables: { winnerId: 'a', reason: 'not their photo' } },
          result: { data: { disqualifyWinner: after } },
        },
      ],
    });
    expect(screen.getAllByRole('button', { name: /^Disqualify/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Disqualify ?Person a$/ }));
    const dialog = screen.getByRole('dialog', { name: 'Disqualify Person a?' });
    await user.type(screen.getByLabelText(/Reason/), 'not their photo');
    await user.click(dialog.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(onResults).toHaveBeenCalledWith(after));
  });
});
