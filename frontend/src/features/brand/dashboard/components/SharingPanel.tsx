import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDashboardQuery } from '../../../../gql/graphql';
import { paths } from '../../../../lib/paths';
import { useLocale } from '../../../../lib/useLocale';
import { FunnelSteps } from './FunnelSteps';

type Stats = CampaignDashboardQuery['campaignStats'];

/** What shared links brought: visits from shares → sign-ups → stories, and who shared best. */
export function SharingPanel({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const integer = new Intl.NumberFormat(useLocale());
  return (
    <section className="card stack dashboard-panel" aria-labelledby="sharing-title">
      <h2 id="sharing-title" className="section-title">
        {t('dashboard.sharingTitle')}
      </h2>
      <FunnelSteps
        steps={[
          { key: 'visits', label: t('dashboard.sharing.visits'), value: stats.referredVisits },
          { key: 'signups', label: t('dashboard.sharing.signups'), value: stats.referredSignups },
          { key: 'stories', label: t('dashboard.sharing.stories'), value: stats.referredStories },
        ]}
      />
      <h3 className="section-title">{t('dashboard.topSharersTitle')}</h3>
      {stats.topSharers.length === 0 ? (
        <p className="muted">{t('dashboard.noSharers')}</p>
      ) : (
        <div className="dashboard-table__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.sharer')}</th>
              <th scope="col">{t('dashboard.sharing.visits')}</th>
              <th scope="col">{t('dashboard.sharing.signups')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.topSharers.map((sharer, index) => (
              <tr key={sharer.user?.id ?? index}>
                <td>{sharer.user ? <Link to={paths.profile(sharer.user.id)}>{sharer.user.displayName}</Link> : t('dashboard.goneSharer')}</td>
                <td>{integer.format(sharer.visits)}</td>
                <td>{integer.format(sharer.signups)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
