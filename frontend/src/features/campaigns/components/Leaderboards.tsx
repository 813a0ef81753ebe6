import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/Avatar';
import { CompactNumber } from '../../../components/CompactNumber';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { Tabs, tabPanelProps } from '../../../components/Tabs';
import type { LeaderboardPeriod } from '../../../gql/graphql';
import { paths } from '../../../lib/paths';
import { ContributorLeaderboardDocument } from '../api/contributorLeaderboard';
import { LeaderboardChangedDocument } from '../api/leaderboardChanged';
import { StoryLeaderboardDocument } from '../api/storyLeaderboard';

const PERIODS: readonly LeaderboardPeriod[] = ['DAY', 'WEEK', 'ALL_TIME'];
const SIZE = 10;
/** Live changes can come in bursts; re-read the other boards at most this often. */
const REFRESH_INTERVAL_MS = 5000;

export function Leaderboards({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
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
    <section className="leaderboards" aria-labelledby="leaderboards-title">
      <h2 id="leaderboards-title" className="section-title">
        {t('leaderboard.title')}
      </h2>
      <Tabs
        label={t('leaderboard.periodLabel')}
        idPrefix="leaderboard"
        size="small"
        tabs={PERIODS.map((id) => ({ id, label: t(`leaderboard.period.${id}`) }))}
        selected={period}
        onSelect={setPeriod}
      />
      <div {...tabPanelProps('leaderboard', period)} className="leaderboards__boards">
        <div className="leaderboard">
          <h3 className="leaderboard__title">{t('leaderboard.topStories')}</h3>
          {stories.error && !stories.data ? (
            <ErrorNotice error={stories.error} compact onRetry={() => void stories.refetch()} />
          ) : !stories.data ? (
            <Loading lines={3} />
          ) : stories.data.storyLeaderboard.length === 0 ? (
            <p className="muted">{t('leaderboard.empty')}</p>
          ) : (
            <ol className="leaderboard__list">
              {stories.data.storyLeaderboard.map((entry) => (
                <li key={entry.story.id} className="leaderboard__row">
                  <span className={`leaderboard__rank leaderboard__rank--${entry.rank}`}>{entry.rank}</span>
                  <span className="leaderboard__main">
                    <Link to={paths.story(entry.story.id)} className="leaderboard__name">
                      {entry.story.title}
                    </Link>
                    <span className="leaderboard__sub">{entry.story.author.displayName}</span>
                  </span>
                  <span className="leaderboard__score">
                    <CompactNumber value={entry.likeCount} /> <span className="visually-hidden">{t('leaderboard.likes', { count: entry.likeCount })}</span>
                    <span aria-hidden="true">♥</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="leaderboard">
          <h3 className="leaderboard__title">{t('leaderboard.topContributors')}</h3>
          {contributors.error && !contributors.data ? (
            <ErrorNotice error={contributors.error} compact onRetry={() => void contributors.refetch()} />
          ) : !contributors.data ? (
            <Loading lines={3} />
          ) : contributors.data.contributorLeaderboard.length === 0 ? (
            <p className="muted">{t('leaderboard.empty')}</p>
          ) : (
            <ol className="leaderboard__list">
              {contributors.data.contributorLeaderboard.map((entry) => (
                <li key={entry.user.id} className="leaderboard__row">
                  <span className={`leaderboard__rank leaderboard__rank--${entry.rank}`}>{entry.rank}</span>
                  <Avatar name={entry.user.displayName} url={entry.user.avatarUrl} />
                  <span className="leaderboard__main">
                    <span className="leaderboard__name">{entry.user.displayName}</span>
                    <span className="leaderboard__sub">{t('leaderboard.storiesCount', { count: entry.storyCount })}</span>
                  </span>
                  <span className="leaderboard__score">
                    <CompactNumber value={entry.likesReceived} /> <span className="visually-hidden">{t('leaderboard.likes', { count: entry.likesReceived })}</span>
                    <span aria-hidden="true">♥</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
