import { useTranslation } from 'react-i18next';
import { CompactNumber } from '../../../../components/CompactNumber';
import type { CampaignDashboardQuery } from '../../../../gql/graphql';
import { useLocale } from '../../../../lib/useLocale';

type Stats = CampaignDashboardQuery['campaignStats'];

/** The headline numbers, each with what it means; compact in the locale's way (1.2万 / 12K). */
export function StatCards({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const reusableShare = stats.approvedStoryCount > 0 ? stats.usageRightsGrantedCount / stats.approvedStoryCount : 0;

  const cards = [
    {
      key: 'stories',
      label: t('dashboard.cards.stories'),
      value: <CompactNumber value={stats.storyCount} />,
      note: t('dashboard.cards.storiesNote', { approved: decimal.format(stats.approvedStoryCount), pending: decimal.format(stats.pendingStoryCount) }),
    },
    {
      key: 'participants',
      label: t('dashboard.cards.participants'),
      value: <CompactNumber value={stats.participantCount} />,
      note: t('dashboard.cards.participantsNote'),
    },
    { key: 'likes', label: t('dashboard.cards.likes'), value: <CompactNumber value={stats.likeCount} />, note: t('dashboard.cards.likesNote') },
    { key: 'comments', label: t('dashboard.cards.comments'), value: <CompactNumber value={stats.commentCount} />, note: t('dashboard.cards.commentsNote') },
    {
      key: 'engagement',
      label: t('dashboard.cards.engagement'),
      value: <span>{decimal.format(stats.engagementPerApprovedStory)}</span>,
      note: t('dashboard.cards.engagementNote'),
    },
    {
      key: 'reusable',
      label: t('dashboard.cards.reusable'),
      value: <CompactNumber value={stats.usageRightsGrantedCount} />,
      note: t('dashboard.cards.reusableNote', { share: percent.format(reusableShare) }),
    },
  ];

  return (
    <ul className="stat-cards" aria-label={t('dashboard.cardsLabel')}>
      {cards.map((card) => (
        <li key={card.key} className="card stat-card" data-testid={`stat-${card.key}`}>
          <span className="stat-card__label">{card.label}</span>
          <strong className="stat-card__value">{card.value}</strong>
          <span className="stat-card__note">{card.note}</span>
        </li>
      ))}
    </ul>
  );
}
