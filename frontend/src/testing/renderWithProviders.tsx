import type { ApolloCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import i18n from '../i18n';
import { createCache } from '../lib/apollo/cache';

interface Options {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  cache?: ApolloCache;
  route?: string;
}

/** Renders with the app's cache policies, mocked GraphQL, a router and translations. */
export function renderWithProviders(ui: ReactElement, { mocks = [], cache = createCache(), route = '/' }: Options = {}): RenderResult {
  return render(
    <MockedProvider mocks={mocks} cache={cache}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </I18nextProvider>
    </MockedProvider>,
  );
}
