import type { ApolloCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import i18n from '../i18n';
import { createCache } from '../lib/apollo/cache';
import type { Viewer } from '../lib/session/roles';
import { ViewerContext } from '../lib/session/ViewerContext';

interface Options {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  cache?: ApolloCache;
  route?: string;
  /** Who is signed in (nobody by default). */
  viewer?: Viewer | null;
}

/**
 * How long a mocked answer stays on its way while a test looks at what the page shows meanwhile
 * (an optimistic like, a "Sending" badge): long enough that a busy machine gets to the check
 * before the answer does. The checks after it wait for it (setup.ts gives them 5 s).
 */
export const IN_FLIGHT_MS = 1500;

/** A signed-in person for tests. */
export function testViewer(overrides: Partial<Viewer> = {}): Viewer {
  return { __typename: 'User', id: 'u-viewer', displayName: 'Mei', avatarUrl: null, role: 'CUSTOMER', email: 'mei@example.com', suspendedUntil: null, ...overrides };
}

/** Renders with the app's cache policies, mocked GraphQL, a router and translations. */
export function renderWithProviders(ui: ReactElement, { mocks = [], cache = createCache(), route = '/', viewer = null }: Options = {}): RenderResult {
  const session = { viewer, loading: false, signIn: async () => undefined, signOut: async () => undefined };
  return render(
    <MockedProvider mocks={mocks} cache={cache}>
      <ViewerContext.Provider value={session}>
        <I18nextProvider i18n={i18n}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </I18nextProvider>
      </ViewerContext.Provider>
    </MockedProvider>,
  );
}
