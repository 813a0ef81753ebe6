import { useTranslation } from 'react-i18next';
import type { CampaignPageFieldsFragment } from '../../gql/graphql';

type PointsRules = NonNullable<CampaignPageFieldsFragment['pointsRules']>;

/** How to earn member points in a campaign that set rules: only the ways that give something. */
export function PointsRulesSummary({ rules }: { rules: Omit<PointsRules, '__typename'> }) {
  const { t } = useTranslation();
  const ways = [
    rules.storyApproved > 0 && t('points.earnApproved', { count: rules.storyApproved }),
    rules.storyFeatured > 0 && t('points.earnFeatured', { count: rules.storyFeatured }),
    rules.prizeWon > 0 && t('points.earnPrize', { count: rules.prizeWon }),
    rules.likeReceived > 0 && rules.likeReceivedDailyCap > 0 && t('points.earnLikes', { count: rules.likeReceived, cap: rules.likeReceivedDailyCap }),
  ].filter((way): way is string => !!way);
  if (!ways.length) return null;
  return (
    <section className="card card--large points-rules" aria-labelledby="points-rules-title">
      <h2 id="points-rules-title" className="section-title">
        {t('points.howToEarn')}
      </h2>
      <ul className="stack stack--tight">
        {ways.map((way) => (
          <li key={way}>{way}</li>
        ))}
      </ul>
      <p className="muted">{t('points.earnNote')}</p>
    </section>
  );
}
