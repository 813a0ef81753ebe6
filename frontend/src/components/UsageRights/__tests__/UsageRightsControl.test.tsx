import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { SetUsageRightsDocument } from '../setUsageRights';
import { UsageRightsControl } from '../UsageRightsControl';

const GRANTED_AT = '2026-07-01T08:30:00.000Z';
const WITHDRAWN_AT = '2026-07-03T10:00:00.000Z';

const notGranted = {
  __typename: 'Story' as const,
  id: 's1',
  title: 'My mug',
  usageRightsGranted: false,
  usageRightsGrantedAt: null,
  usageRightsHistory: [],
};

describe('UsageRightsControl', () => {
  it('asks before granting, explaining what it means, then sends the grant', async () => {
    const user = userEvent.setup();
    const granted = {
      ...notGranted,
      usageRightsGranted: true,
      usageRightsGrantedAt: GRANTED_AT,
      usageRightsHistory: [{ __typename: 'UsageRightsEvent' as const, at: GRANTED_AT, granted: true }],
    };
    let called = false;
    renderWithProviders(<UsageRightsControl story={notGranted} />, {
      mocks: [
        {
          request: { query: SetUsageRightsDocument, variables: { storyId: 's1', granted: true } },
          result: () => {
            called = true;
            return { data: { setUsageRights: granted } };
          },
        },
      ],
    });
    expect(screen.getByText('Not shared with the brand')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Let the brand reuse it/ }));
    const dialog = screen.getByRole('dialog', { name: 'Let the brand reuse this story?' });
    // The same explanation as when posting: consent is informed.
    expect(within(dialog).getByText(/may show your story and photos, with your name/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Yes, they may reuse it' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Yes, they may reuse it' })).not.toBeInTheDocument());
    expect(called).toBe(true);
  });

  it('shows a granted permission and since when', () => {
    renderWithProviders(
      <UsageRightsControl
        story={{
          ...notGranted,
          usageRightsGranted: true,
          usageRightsGrantedAt: GRANTED_AT,
          usageRightsHistory: [{ __typename: 'UsageRightsEvent', at: GRANTED_AT, granted: true }],
        }}
      />,
    );
    expect(screen.getByText('The brand may reuse this story')).toBeInTheDocument();
    expect(screen.getByText(/since Jul 1, 2026/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Withdraw permission/ })).toBeInTheDocument();
  });

  it('shows when a permission was withdrawn, with the history', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <UsageRightsControl
        story={{
          ...notGranted,
          usageRightsHistory: [
            { __typename: 'UsageRightsEvent', at: GRANTED_AT, granted: true },
            { __typename: 'UsageRightsEvent', at: WITHDRAWN_AT, granted: false },
          ],
        }}
      />,
    );
    expect(screen.getByText(/withdrawn Jul 3, 2026/)).toBeInTheDocument();
    await user.click(screen.getByText('History of this permission'));
    expect(screen.getByText(/permission given/)).toBeInTheDocument();
    expect(screen.getByText(/permission withdrawn/)).toBeInTheDocument();
  });
});
