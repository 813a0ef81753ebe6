import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { MyPointsDocument } from './api/myPoints';
import { PointsEntryItem } from './components/PointsEntryItem';

const PAGE_SIZE = 20;

/** The signed-in member's points: the balance, then every change newest first. */
export function PointsPage() {
  const { t } = useTranslation();
  const query = useQuery(MyPointsDocument, {
    variables: { first: PAGE_SIZE },
    // Like points arrive a few seconds after the likes: show the cache, then what is new.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const points = query.data?.myPoints;

  return (
    <div className="page page--narrow points-page">
      <h1 className="page-title">{t('points.title')}</h1>
      {points && (
        <p className="card points-page__balance" aria-live="polite">
          <span className="muted">{t('points.balanceLabel')}</span> <strong className="points-page__amount">{points.balance}</strong>
        </p>
      )}
      <p className="muted">{t('points.intro')}</p>
      <section aria-labelledby="points-history-title">
        <h2 id="points-history-title" className="section-title">
          {t('points.historyTitle')}
        </h2>
        <PagedList page={points} query={query} empty={<EmptyState title={t('points.empty')}>{t('points.emptyHint')}</EmptyState>}>
          {(entries) => (
            <ul className="stack stack--tight points-page__list">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <PointsEntryItem entry={entry} />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </section>
    </div>
  );
}
