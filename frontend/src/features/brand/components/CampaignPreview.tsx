import { useTranslation } from 'react-i18next';
import { CampaignHero } from '../../../components/Campaign/CampaignHero';
import { CampaignRules } from '../../../components/Campaign/CampaignRules';
import { CameraIcon } from '../../../components/icons';
import { fromDateTimeLocalValue } from '../../../lib/format';
import type { CampaignFormValues } from './CampaignForm';

/** The campaign page's top as customers will see it, from the unsaved form. */
interface CampaignPreviewProps {
  values: CampaignFormValues;
  coverImageUrl?: string | null;
  storyCount?: number;
  participantCount?: number;
}

export function CampaignPreview({ values, coverImageUrl, storyCount = 0, participantCount = 0 }: CampaignPreviewProps) {
  const { t } = useTranslation();
  const startsAt = fromDateTimeLocalValue(values.startsAt) ?? new Date().toISOString();
  const endsAt = fromDateTimeLocalValue(values.endsAt) ?? startsAt;
  return (
    <section className="stack split__sticky campaign-preview" aria-labelledby="campaign-preview-title">
      <h2 id="campaign-preview-title" className="campaign-preview__label">
        {t('brand.preview')}
      </h2>
      <div className="stack stack--loose campaign-preview__frame" inert>
        <CampaignHero
          campaign={{
            title: values.title,
            description: values.description,
            hashtag: values.hashtag,
            coverImageUrl,
            startsAt,
            endsAt,
            status: values.published ? undefined : 'DRAFT',
            storyCount,
            participantCount,
          }}
          action={
            <span className="button button--primary button--large share-action share-action--preview">
              <CameraIcon /> {t('campaign.shareYourStory')}
            </span>
          }
        />
        <CampaignRules rules={values.rules} maxPhotosPerStory={values.maxPhotosPerStory} requiresModeration={values.requiresModeration} endsAt={endsAt} />
      </div>
    </section>
  );
}
