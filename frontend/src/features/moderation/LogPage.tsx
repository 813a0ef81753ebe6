import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { RelativeTime } from '../../components/RelativeTime';
import { paths } from '../../lib/paths';
import { ModerationLogDocument } from './api/moderationLog';

export function LogPage() {
  const { t } = useTranslation();
  const query = useQuery(ModerationLogDocument, {
    variables: { first: 30 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  return (
    <section aria-labelledby="log-title">
      <h1 id="log-title" className="page-title">
        {t('moderation.logTitle')}
      </h1>
      <PagedList page={query.data?.moderationLog} query={query} loadingLines={6} empty={<EmptyState title={t('moderation.logEmpty')} />}>
        {(entries) => (
          <ol className="stack log-list">
            {entries.map((entry) => (
              <li key={entry.id} className="card stack stack--tight log-entry">
                <p className="cluster log-entry__line">
                  <strong>{entry.moderator.displayName}</strong>{' '}
                  <span className="badge">{t(`moderation.actionNames.${entry.kind}`)}</span>{' '}
                  {entry.story && (
                    <Link to={paths.story(entry.story.id)} className="text-link">
                      {entry.story.title}
                    </Link>
                  )}
                  {entry.comment && <span className="log-entry__quote">“{entry.comment.body}”</span>}
                  {entry.targetUser && <span> → {entry.targetUser.displayName}</span>}
                </p>
                {entry.campaign && (
                  <p className="log-entry__campaign">
                    <Link to={paths.campaign(entry.campaign.slug)} className="text-link">
                      {entry.campaign.title}
                    </Link>
                  </p>
                )}
                {entry.reason && <p className="muted">{t('moderation.logReason', { reason: entry.reason })}</p>}
                <p className="muted">
                  <RelativeTime iso={entry.createdAt} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </PagedList>
    </section>
  );
}
