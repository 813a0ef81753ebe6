import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/Avatar';
import { CompactNumber } from '../../../components/CompactNumber';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { Tabs, tabPanelProps } from '../../../components/Tabs';
import type { LeaderboardPeriod } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useLocale } from '../../../lib/useLocale';
import { ContributorLeaderboardDocument } from '../api/contributorLeaderboard';
import { LeaderboardChangedDocument } from '../api/leaderboardChanged';
import { StoryLeaderboardDocument } from '../api/storyLeaderboard';

const PERIODS: readonly LeaderboardPeriod[] = ['DAY', 'WEEK', 'ALL_TIME'];
const SIZE = 10;
/** Live changes can come in bursts; re-read the other boards at most this often. */
const REFRESH_INTERVAL_MS = 5000;

interface LeaderboardsProps {
  campaignId: string;
  /** When the boards were frozen (the campaign's end): their counts stop there. */
  frozenAt?: string | null;
}

export function Leaderboards({ campaignId, frozenAt = null }: LeaderboardsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useApolloClient();
  const [period, setPeriod] = useState<LeaderboardPeriod>('WEEK');
  const lastRefresh = useRef(0);

  const stories = useQuery(StoryLeaderboardDocument, { variables: { campaignId, period, first: SIZE } });
  const contributors = useQuery(ContributorLeaderboardDocument, { variables: { campaignId, period, first: SIZE } });

  useSubscription(LeaderboardChangedDocument, {
    variables: { campaignId },
    onData: ({ data }) => {
      const entries = data.data?.leaderboardChanged;
      if (!entries) return;
      // The pushed ranking is the all-time story board; other periods and the
      // contributor board are re-read, throttled.
      client.cache.writeQuery({
        query: StoryLeaderboardDocument,
        variables: { campaignId, period: 'ALL_TIME', first: SIZE },
        data: { storyLeaderboard: entries.slice(0, SIZE) },
      });
      const now = Date.now();
      if (now - lastRefresh.current > REFRESH_INTERVAL_MS) {
        lastRefresh.current = now;
        if (period !== 'ALL_TIME') void stories.refetch().catch(() => undefined);
        void contributors.refetch().catch(() => undefined);
      }
    },
  });

  return (
    <section className="card card--large leaderboards" aria-labelledby="leaderboards-title">
      <h2 id="leaderboards-title" className="section-title">
        {t('leaderboard.title')}
      </h2>
      {/* The frozen boards count likes up to the end; the cards show today's counts. */}
      {frozenAt && (
        <p className="leaderboards__frozen" data-testid="leaderboard-frozen">
          {t('leaderboard.frozenAt', { date: formatDateTime(frozenAt, locale) })}
        </p>
      )}
      <Tabs
        label={t('leaderboard.periodLabel')}
        idPrefix="leaderboard"
        size="small"
        tabs={PERIODS.map((id) => ({ id, label: t(`leaderboard.period.${id}`) }))}
        selected={period}
        onSelect={setPeriod}
      />
      <div {...tabPanelProps('leaderboard', period)} className="leaderboards__boards">
        <Board title={t('leaderboard.topStories')} query={stories} entries={stories.data?.storyLeaderboard}>
          {(entry) => (
            <Row key={entry.story.id} rank={entry.rank} likes={entry.likeCount}>
              <Link to={paths.story(entry.story.id)} className="leaderboard__name">
                {entry.story.title}
              </Link>
              <span className="leaderboard__sub">{entry.story.author.displayName}</span>
            </Row>
          )}
        </Board>
        <Board title={t('leaderboard.topContributors')} query={contributors} entries={contributors.data?.contributorLeaderboard}>
          {(entry) => (
            <Row key={entry.user.id} rank={entry.rank} likes={entry.likesReceived} avatar={<Avatar name={entry.user.displayName} url={entry.user.avatarUrl} />}>
              <Link to={paths.profile(entry.user.id)} className="leaderboard__name">
                {entry.user.displayName}
              </Link>
              <span className="leaderboard__sub">{t('leaderboard.storiesCount', { count: entry.storyCount })}</span>
            </Row>
          )}
        </Board>
      </div>
    </section>
  );
}

interface BoardProps<T> {
  title: string;
  query: { error?: unknown; refetch: () => Promise<unknown> };
  /** Undefined until loaded. */
  entries: readonly T[] | undefined;
  children: (entry: T) => ReactNode;
}

/** One ranked list with its own loading, error and empty states. */
function Board<T>({ title, query, entries, children }: BoardProps<T>) {
  const { t } = useTranslation();
  return (
    <div className="leaderboard">
      <h3 className="leaderboard__title">{title}</h3>
      {query.error && !entries ? (
        <ErrorNotice error={query.error} compact onRetry={() => void query.refetch()} />
      ) : !entries ? (
        <Loading lines={3} />
      ) : entries.length === 0 ? (
        <p className="muted">{t('leaderboard.empty')}</p>
      ) : (
        <ol className="leaderboard__list">{entries.map(children)}</ol>
      )}
    </div>
  );
}

/** A place on a board: rank, who or what (two lines), and the likes that put it there. */
function Row({ rank, likes, avatar, children }: { rank: number; likes: number; avatar?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="leaderboard__row">
      <span className={`leaderboard__rank leaderboard__rank--${rank}`}>{rank}</span>
      {avatar}
      <span className="leaderboard__main">{children}</span>
      <span className="leaderboard__score">
        <CompactNumber value={likes} /> <span className="visually-hidden">{t('leaderboard.likes', { count: likes })}</span>
        <span aria-hidden="true">♥</span>
      </span>
    </li>
  );
}
