import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MyPointsQuery } from '../../../gql/graphql';
import i18n from '../../../i18n';
import { renderWithProviders, testViewer } from '../../../testing/renderWithProviders';
import { MyPointsDocument } from '../api/myPoints';
import { PointsPage } from '../PointsPage';

type Entry = MyPointsQuery['myPoints']['nodes'][number];
const campaign = { __typename: 'Campaign' as const, id: 'c1', title: '我的生活小物' };
const entry = (overrides: Partial<Entry>): Entry => ({
  __typename: 'PointsEntry',
  id: 'e1',
  amount: 10,
  reason: 'STORY_APPROVED',
  day: null,
  createdAt: '2026-12-02T08:00:00.000Z',
  story: { __typename: 'Story', id: 's1', title: 'Tea at dawn' },
  campaign,
  ...overrides,
});

function pageMock(nodes: Entry[], balance: number) {
  return {
    request: { query: MyPointsDocument, variables: { first: 20 } },
    result: {
      data: {
        myPoints: { __typename: 'PointsEntryConnection' as const, balance, nodes, pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false } },
      },
    },
  };
}

const history = [
  entry({ id: 'e3', amount: -10, reason: 'STORY_APPROVED_REVERSED', story: null }),
  entry({ id: 'e2', amount: 20, reason: 'LIKES_RECEIVED', story: null, day: '2026-12-01' }),
  entry({ id: 'e1' }),
];

describe('PointsPage', () => {
  it('shows the balance and each change in plain words, with +/− amounts, the story link and the day of the likes', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<PointsPage />, { route: '/me/points', viewer: testViewer(), mocks: [pageMock(history, 20)] });
    expect(await screen.findByText('20', { selector: 'strong' })).toBeInTheDocument();
    const items = await screen.findAllByTestId('points-entry');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('Story removed: points for publishing taken back')).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Taken back −10');
    expect(within(items[1]).getByText('Likes received')).toBeInTheDocument();
    expect(items[1]).toHaveTextContent(/Likes received on Dec 1, 2026/);
    expect(items[1]).toHaveTextContent('Gained +20');
    expect(within(items[2]).getByRole('link', { name: 'Tea at dawn' })).toHaveAttribute('href', '/stories/s1');
  });

  it('speaks Chinese, and says how to earn points when there are none', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<PointsPage />, { route: '/me/points', viewer: testViewer(), mocks: [pageMock([], 0)] });
    expect(await screen.findByRole('heading', { level: 1, name: '我的积分' })).toBeInTheDocument();
    expect(await screen.findByText('还没有积分')).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
