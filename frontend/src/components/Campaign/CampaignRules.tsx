import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useLocale } from '../../lib/useLocale';

interface CampaignRulesProps {
  rules?: string | null;
  maxPhotosPerStory: number;
  requiresModeration: boolean;
  endsAt: string;
}

/** The brand's own rules, plus the platform facts spelled out in everyday words. */
export function CampaignRules({ rules, maxPhotosPerStory, requiresModeration, endsAt }: CampaignRulesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const validEnd = !Number.isNaN(new Date(endsAt).getTime());
  return (
    <section className="card card--large campaign-rules" aria-labelledby="campaign-rules-title">
      <h2 id="campaign-rules-title" className="section-title">
        {t('campaign.howToTakePart')}
      </h2>
      {rules && <p className="campaign-rules__text">{rules}</p>}
      <ul className="stack stack--tight campaign-rules__facts">
        <li>{t('campaign.factPhotos', { count: maxPhotosPerStory })}</li>
        <li>{requiresModeration ? t('campaign.factModerated') : t('campaign.factInstant')}</li>
        {validEnd && <li>{t('campaign.factUntil', { date: formatDate(endsAt, locale) })}</li>}
        <li>{t('campaign.factRights')}</li>
      </ul>
    </section>
  );
}
