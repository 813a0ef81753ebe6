import type { MockLink } from '@apollo/client/testing';
import { useFragment } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UsageRightsFieldsFragment } from '../../../gql/graphql';
import { createCache } from '../../../lib/apollo/cache';
import { renderWithProviders, IN_FLIGHT_MS } from '../../../testing/renderWithProviders';
import { SetUsageScopesDocument } from '../setUsageRights';
import { UsageRightsControl } from '../UsageRightsControl';
import { UsageRightsFields } from '../usageRightsFields';

const GRANTED_AT = '2026-07-01T08:30:00.000Z';
const CHANGED_AT = '2026-07-03T10:00:00.000Z';

const event = (at: string, scopes: string[]) => ({ __typename: 'UsageRightsEvent' as const, at, granted: scopes.length > 1, scopes: scopes as UsageRightsFieldsFragment['usageScopes'] });

const story: UsageRightsFieldsFragment = {
  __typename: 'Story',
  id: 's1',
  usageRightsGranted: true,
  usageRightsGrantedAt: GRANTED_AT,
  usageScopes: ['COMMUNITY', 'BRAND_CHANNELS', 'PRODUCT_PAGES'],
  usageRightsHistory: [event(GRANTED_AT, ['COMMUNITY', 'BRAND_CHANNELS', 'PRODUCT_PAGES'])],
};

/** The control as pages use it: reading the story from the cache, so a change shows as soon as the cache has it. */
function FromCache() {
  const { data, complete } = useFragment({ fragment: UsageRightsFields, from: { __typename: 'Story', id: 's1' } });
  return complete ? <UsageRightsControl story={{ ...data, title: 'My mug' }} /> : null;
}

function renderControl(mocks: MockLink.MockedResponse[]) {
  const cache = createCache();
  cache.writeFragment({ fragment: UsageRightsFields, data: story });
  return renderWithProviders(<FromCache />, { cache, mocks });
}

const rights = () => screen.getByRole('group', { name: /Where the brand may use this story/ });

describe('UsageRightsControl', () => {
  it('shows each scope in plain words as the author granted it, showing here always on, and what a withdrawal does', () => {
    renderControl([]);
    const group = rights();
    expect(within(group).getByRole('checkbox', { name: /Shown here/ })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: /Shown here/ })).toBeDisabled();
    expect(within(group).getByRole('checkbox', { name: "On the brand's own social accounts" })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'On product pages' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'In paid ads' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'In paid ads' })).toHaveAccessibleDescription(/ads it pays for/);
    expect(screen.getByText(/takes effect within a minute: the story leaves the brand's galleries and exports/)).toBeInTheDocument();
  });

  it('withdraws one scope at once (before the server answers), then shows the change in the history with its time', async () => {
    const user = userEvent.setup();
    let sent: unknown = null;
    renderControl([
      {
        request: {
          query: SetUsageScopesDocument,
          variables: (variables) => {
            sent = variables;
            return true;
          },
        },
        delay: IN_FLIGHT_MS,
        result: {
          data: {
            setUsageScopes: {
              ...story,
              usageScopes: ['COMMUNITY', 'BRAND_CHANNELS'],
              usageRightsHistory: [...story.usageRightsHistory!, event(CHANGED_AT, ['COMMUNITY', 'BRAND_CHANNELS'])],
            },
          },
        },
      },
    ]);
    await user.click(within(rights()).getByRole('checkbox', { name: 'On product pages' }));
    // Optimistic: unticked straight away.
    expect(within(rights()).getByRole('checkbox', { name: 'On product pages' })).not.toBeChecked();
    expect(sent).toEqual({ storyId: 's1', scopes: ['BRAND_CHANNELS'] });

    await user.click(screen.getByText('History of your permissions'));
    await waitFor(() => expect(screen.getByText(/Jul 3, 2026/)).toBeInTheDocument());
    const entries = screen.getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent(/Jul 1, 2026.*allowed: brand's social accounts, product pages/);
    expect(entries[1]).toHaveTextContent(/Jul 3, 2026.*allowed: brand's social accounts$/);
  });

  it('puts a box back as it was when the server refuses the change', async () => {
    const user = userEvent.setup();
    renderControl([{ request: { query: SetUsageScopesDocument, variables: { storyId: 's1', scopes: ['BRAND_CHANNELS', 'PRODUCT_PAGES', 'ADVERTISING'] } }, delay: IN_FLIGHT_MS, error: new Error('network down') }]);
    const ads = () => within(rights()).getByRole('checkbox', { name: 'In paid ads' });
    await user.click(ads());
    expect(ads()).toBeChecked();
    await waitFor(() => expect(ads()).not.toBeChecked());
  });
});
