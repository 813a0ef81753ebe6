import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CampaignTiming } from '../../../components/Campaign/CampaignTiming';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { CampaignStatusBadge } from '../../../components/StatusBadge';
import { paths } from '../../../lib/paths';
import { useLocale } from '../../../lib/useLocale';
import { CampaignDashboardDocument } from './api/campaignDashboard';
import { dailyOption, fillDays, formatDay, funnelOption, funnelStages, hashtagsOption } from './chartOptions';
import { CsvDownloadButton } from './components/CsvDownloadButton';
import { EChart } from './components/EChart';
import { FunnelSteps } from './components/FunnelSteps';
import { SharingPanel } from './components/SharingPanel';
import { StatCards } from './components/StatCards';
import { TopStories } from './components/TopStories';

/** A campaign's numbers for brand staff: headline figures, daily lines, the funnel, hashtags, top stories and the CSV. */
export function CampaignDashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CampaignDashboardDocument, {
    variables: { campaignId: id },
    // The numbers move all the time: show what we have, then the latest.
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.campaignStats;

  const options = useMemo(
    () =>
      stats && {
        daily: dailyOption(stats.daily, t, locale),
        funnel: funnelOption(stats.funnel, t, locale),
        hashtags: hashtagsOption(stats.topHashtags, t, locale),
      },
    [stats, t, locale],
  );

  if (!data && error) {
    return (
      <div className="page">
        <ErrorNotice error={error} onRetry={() => void refetch()} overrides={{ FORBIDDEN: t('errors.forbiddenPage') }} />
      </div>
    );
  }
  if (!data || !stats || !options) {
    return (
      <div className="page">
        <Loading lines={8} label={t('dashboard.loading')} />
      </div>
    );
  }
  const campaign = data.campaign;
  if (!campaign) {
    return (
      <div className="page">
        <EmptyState title={t('campaign.notFound')} />
      </div>
    );
  }

  const integer = new Intl.NumberFormat(locale);
  const days = fillDays(stats.daily);
  const stages = funnelStages(stats.funnel);
  const totals = days.reduce((sum, day) => ({ stories: sum.stories + day.stories, likes: sum.likes + day.likes, comments: sum.comments + day.comments }), {
    stories: 0,
    likes: 0,
    comments: 0,
  });

  return (
    <div className="page dashboard" data-testid="campaign-dashboard">
      <p>
        <Link to={paths.brandCampaigns()} className="text-link">
          ← {t('brand.campaignsTitle')}
        </Link>
      </p>
      <header className="stack stack--loose dashboard__header">
        <div className="stack stack--tight dashboard__heading">
          <h1 className="page-title">{t('brand.dashboardTitle', { title: campaign.title })}</h1>
          <div className="cluster dashboard__facts">
            <CampaignStatusBadge status={campaign.status} />
            <CampaignTiming startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
          </div>
        </div>
        <div className="stack stack--tight dashboard__actions">
          <CsvDownloadButton campaignId={campaign.id} campaignSlug={campaign.slug} timeZone={campaign.timeZone} />
          <p className="dashboard__links">
            <Link to={paths.brandEditCampaign(campaign.id)} className="text-link">
              {t('brand.edit')}
            </Link>
            <Link to={paths.brandFinale(campaign.id)} className="text-link">
              {t('finale.console.link')}
            </Link>
            <Link to={paths.brandGallery(campaign.id)} className="text-link">
              {t('gallery.link')}
            </Link>
            <Link to={paths.campaign(campaign.slug)} className="text-link">
              {t('brand.viewPage')}
            </Link>
          </p>
        </div>
      </header>

      <StatCards stats={stats} />

      <section className="card stack dashboard-panel" aria-labelledby="daily-title">
        <h2 id="daily-title" className="section-title">
          {t('dashboard.dailyTitle')}
        </h2>
        {days.length === 0 ? (
          <p className="muted">{t('dashboard.noActivity')}</p>
        ) : (
          <>
            <EChart
              option={options.daily}
              className="chart chart--daily"
              label={t('dashboard.dailyLabel', {
                from: formatDay(days[0].date, locale),
                to: formatDay(days[days.length - 1].date, locale),
                stories: integer.format(totals.stories),
                likes: integer.format(totals.likes),
                comments: integer.format(totals.comments),
              })}
            />
            <details className="dashboard-table">
              <summary>{t('dashboard.showTable')}</summary>
              <div className="dashboard-table__scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.day')}</th>
                      <th scope="col">{t('dashboard.series.stories')}</th>
                      <th scope="col">{t('dashboard.series.likes')}</th>
                      <th scope="col">{t('dashboard.series.comments')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {days.map((day) => (
                      <tr key={day.date}>
                        <th scope="row">{formatDay(day.date, locale)}</th>
                        <td>{integer.format(day.stories)}</td>
                        <td>{integer.format(day.likes)}</td>
                        <td>{integer.format(day.comments)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </section>

      <div className="split dashboard__pair">
        <section className="card stack dashboard-panel" aria-labelledby="funnel-title">
          <h2 id="funnel-title" className="section-title">
            {t('dashboard.funnelTitle')}
          </h2>
          <EChart
            option={options.funnel}
            className="chart chart--funnel"
            label={stages.map((stage) => `${t(`dashboard.funnel.${stage.key}`)}: ${integer.format(stage.value)}`).join(', ')}
          />
          <FunnelSteps steps={stages.map((stage) => ({ key: stage.key, label: t(`dashboard.funnel.${stage.key}`), value: stage.value }))} />
        </section>

        <section className="card stack dashboard-panel" aria-labelledby="hashtags-title">
          <h2 id="hashtags-title" className="section-title">
            {t('dashboard.hashtagsTitle')}
          </h2>
          {stats.topHashtags.length === 0 ? (
            <p className="muted">{t('dashboard.noHashtags')}</p>
          ) : (
            <EChart
              option={options.hashtags}
              className="chart chart--hashtags"
              height={48 + stats.topHashtags.length * 34}
              label={stats.topHashtags.map((tag) => t('dashboard.hashtagLabel', { tag: tag.tag, count: tag.stories })).join(', ')}
            />
          )}
        </section>
      </div>

      <SharingPanel stats={stats} />

      <section className="card stack dashboard-panel" aria-labelledby="top-stories-title">
        <h2 id="top-stories-title" className="section-title">
          {t('dashboard.topStoriesTitle')}
        </h2>
        <TopStories campaignId={campaign.id} entries={data.storyLeaderboard} onFeaturedChange={() => void refetch().catch(() => undefined)} />
      </section>
    </div>
  );
}
