import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../../i18n';
import { setSessionExpiredHandler } from '../../../../lib/session/sessionExpiry';
import { tokenStore } from '../../../../lib/tokenStore';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { CampaignDashboardDocument } from '../api/campaignDashboard';
import { CampaignDashboardPage } from '../CampaignDashboardPage';
import type { ChartOption } from '../components/echarts';

// jsdom has no canvas: the charts are stood in for by a recorder of the options they were given.
const charts = vi.hoisted(() => ({ options: [] as unknown[], disposed: 0 }));
vi.mock('../components/echarts', () => ({
  createChart: () => ({
    setOption: (option: unknown) => charts.options.push(option),
    resize: () => undefined,
    dispose: () => {
      charts.disposed += 1;
    },
  }),
}));

const CAMPAIGN_ID = 'c1';

const dashboardData = {
  campaign: {
    __typename: 'Campaign',
    id: CAMPAIGN_ID,
    slug: 'cool-summer',
    title: 'Cool summer',
    status: 'ACTIVE',
    startsAt: '2026-07-01T00:00:00.000Z',
    endsAt: '2026-08-31T00:00:00.000Z',
    timeZone: 'Asia/Shanghai',
  },
  campaignStats: {
    __typename: 'CampaignStats',
    storyCount: 1530,
    approvedStoryCount: 1200,
    pendingStoryCount: 30,
    participantCount: 987,
    likeCount: 12345,
    commentCount: 4321,
    usageRightsGrantedCount: 600,
    engagementPerApprovedStory: 13.8055,
    referredVisits: 400,
    referredSignups: 40,
    referredStories: 10,
    topSharers: [{ __typename: 'SharerStat', visits: 300, signups: 30, user: { __typename: 'User', id: 'u9', displayName: '分享达人' } }],
    funnel: { __typename: 'CampaignFunnel', participants: 987, submitted: 1530, approved: 1200, usageRightsGranted: 600, featured: 12 },
    topHashtags: [
      { __typename: 'HashtagCount', tag: 'summer', stories: 800 },
      { __typename: 'HashtagCount', tag: '西瓜', stories: 120 },
    ],
    daily: [
      { __typename: 'DailyStat', date: '2026-07-01', stories: 10, likes: 50, comments: 5 },
      // 07-02 had nothing: the chart still shows the day, at zero.
      { __typename: 'DailyStat', date: '2026-07-03', stories: 20, likes: 90, comments: 9 },
    ],
  },
  storyLeaderboard: [
    {
      __typename: 'LeaderboardStoryEntry',
      rank: 1,
      likeCount: 321,
      story: {
        __typename: 'Story',
        id: 's1',
        title: 'Watermelon on the balcony',
        featured: false,
        commentCount: 12,
        usageRightsGranted: true,
        products: [{ __typename: 'ProductTag', sku: 'MUG-01', name: 'Mug', url: null }],
        author: { __typename: 'User', id: 'u1', displayName: 'Lin' },
        photos: [],
      },
    },
  ],
};

function renderDashboard() {
  return renderWithProviders(
    <Routes>
      <Route path="/brand/campaigns/:id/dashboard" element={<CampaignDashboardPage />} />
    </Routes>,
    {
      route: `/brand/campaigns/${CAMPAIGN_ID}/dashboard`,
      mocks: [{ request: { query: CampaignDashboardDocument, variables: { campaignId: CAMPAIGN_ID } }, result: { data: dashboardData }, maxUsageCount: 5 }],
    },
  );
}

const CSV = '\uFEFFstory_id,title,author,published_at,likes,comments,featured,usage_rights_granted,usage_rights_granted_at,photo_urls\r\ns1,西瓜,Lin,2026-07-01T00:00:00.000Z,321,12,no,yes,2026-07-01T00:00:00.000Z,\r\n';

describe('CampaignDashboardPage', () => {
  beforeEach(() => {
    charts.options.length = 0;
    tokenStore.set('brand-token');
  });

  afterEach(() => {
    tokenStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows the headline numbers in the locale’s compact form', async () => {
    renderDashboard();
    const likes = await screen.findByTestId('stat-likes');
    expect(likes).toHaveTextContent('12.3K');
    // The exact figure stays available.
    expect(within(likes).getByTitle('12,345')).toBeInTheDocument();
    expect(screen.getByTestId('stat-stories')).toHaveTextContent('1.5K');
    expect(screen.getByTestId('stat-stories')).toHaveTextContent('1,200 published · 30 waiting');
    expect(screen.getByTestId('stat-engagement')).toHaveTextContent('13.8');
    expect(screen.getByTestId('stat-reusable')).toHaveTextContent('50% of published stories have usage rights');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Numbers for Cool summer');
  });

  it('uses Chinese number units and labels in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderDashboard();
    expect(await screen.findByTestId('stat-likes')).toHaveTextContent('1.2万');
    expect(screen.getByTestId('stat-likes')).toHaveTextContent('点赞');
    await waitFor(() => expect(charts.options.length).toBeGreaterThan(0));
    const daily = charts.options.find((option) => (option as ChartOption).legend) as ChartOption;
    expect((daily.series as Array<{ name: string }>).map((series) => series.name)).toEqual(['故事', '点赞', '评论']);
  });

  it('draws the daily lines with every day, the funnel in stage order and the hashtags', async () => {
    renderDashboard();
    await screen.findByTestId('stat-likes');
    await waitFor(() => expect(charts.options).toHaveLength(3));
    const [daily, funnel, hashtags] = charts.options as Array<Record<string, unknown>>;

    const lines = daily.series as Array<{ name: string; data: number[] }>;
    expect(lines.map((line) => line.name)).toEqual(['Stories', 'Likes', 'Comments']);
    expect(lines[0].data).toEqual([10, 0, 20]);
    expect(lines[1].data).toEqual([50, 0, 90]);
    expect((daily.xAxis as { data: string[] }).data).toEqual(['Jul 1', 'Jul 2', 'Jul 3']);

    const stages = (funnel.series as Array<{ data: Array<{ name: string; value: number }> }>)[0].data;
    expect(stages).toEqual([
      { name: 'Participants', value: 987 },
      { name: 'Stories submitted', value: 1530 },
      { name: 'Published', value: 1200 },
      { name: 'Reusable', value: 600 },
      { name: 'Featured', value: 12 },
    ]);
    expect((hashtags.yAxis as { data: string[] }).data).toEqual(['#summer', '#西瓜']);

    expect(screen.getAllByTestId('chart')).toHaveLength(3);
    expect(screen.getAllByTestId('chart')[0]).toHaveAccessibleName(/Jul 1 to Jul 3: 30 stories, 140 likes and 14 comments/);
  });

  it('shows what shared links brought: visits → sign-ups → stories, and the top sharers', async () => {
    renderDashboard();
    const panel = (await screen.findByRole('heading', { name: 'From shares' })).closest('section')!;
    const steps = within(panel).getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toEqual(['Visits from shared links400', 'Sign-ups4010% of the step before', 'Stories by them1025% of the step before']);
    const row = within(panel).getByRole('link', { name: '分享达人' }).closest('tr')!;
    expect(row).toHaveTextContent('30030');
    expect(within(panel).getByRole('link', { name: '分享达人' })).toHaveAttribute('href', '/u/u9');
  });

  it('lists the top stories with a feature toggle', async () => {
    renderDashboard();
    expect(await screen.findByRole('link', { name: 'Watermelon on the balcony' })).toHaveAttribute('href', '/stories/s1');
    expect(screen.getByRole('button', { name: 'Feature “Watermelon on the balcony”' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Reusable', { selector: '.badge' })).toBeInTheDocument();
    // Brand staff tag products from the list too (the story has one tag).
    expect(screen.getByRole('button', { name: /^Products.*\(1\).*Watermelon on the balcony/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gallery for product pages' })).toHaveAttribute('href', '/brand/campaigns/c1/gallery');
  });

  it('says what the CSV holds and in which time zones its times are, as the button\'s description', async () => {
    renderDashboard();
    const button = await screen.findByRole('button', { name: 'Download stories and their usage rights (CSV)' });
    expect(button).toHaveAccessibleDescription(/usage_rights_granted and usage_scopes columns say what the brand may reuse/);
    expect(button).toHaveAccessibleDescription(/in UTC and in the campaign's time zone \(Asia\/Shanghai\)/);
    await i18n.changeLanguage('zh-CN');
    expect(await screen.findByRole('button', { name: '下载故事及使用授权（CSV）' })).toHaveAccessibleDescription(/UTC（协调世界时）和活动所在时区（Asia\/Shanghai）/);
    await i18n.changeLanguage('en');
  });

  it('downloads the CSV with the Bearer token and saves it under the server’s file name', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn(
      async () =>
        new Response(CSV, {
          status: 200,
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="cool-summer-stories.csv"' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:csv';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    renderDashboard();
    await user.click(await screen.findByRole('button', { name: 'Download stories and their usage rights (CSV)' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/exports/campaigns/c1/stories.csv');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer brand-token');
    expect(clicked[0].download).toBe('cool-summer-stories.csv');
    expect(clicked[0].getAttribute('href')).toBe('blob:csv');
    // The bytes are saved as they came: BOM first, so Excel reads the Chinese correctly.
    const bytes = new Uint8Array(await saved[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(screen.getByRole('button', { name: 'Download stories and their usage rights (CSV)' })).toBeEnabled();

    // Narrowed to the stories allowed for one use.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stories allowed for' }), 'In paid ads');
    await user.click(screen.getByRole('button', { name: 'Download stories and their usage rights (CSV)' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect((fetchMock.mock.calls[1] as unknown as [string])[0]).toBe('/exports/campaigns/c1/stories.csv?scope=ADVERTISING');
  });

  it('explains a refused download', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: 'Only brand staff can export stories.' }), { status: 403 })));
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: 'Download stories and their usage rights (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is not allowed to do that.');
  });

  it('sends a signed-out or expired person to log in again, as an expired GraphQL sign-in does', async () => {
    const user = userEvent.setup();
    const expired = vi.fn();
    const unregister = setSessionExpiredHandler(expired);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: 'Sign in to do this.' }), { status: 401 })));
    try {
      renderDashboard();
      await user.click(await screen.findByRole('button', { name: 'Download stories and their usage rights (CSV)' }));
      await waitFor(() => expect(expired).toHaveBeenCalledTimes(1));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Download stories and their usage rights (CSV)' })).toBeEnabled();
    } finally {
      unregister();
    }
  });
});
