import { useId, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/CheckboxField';
import { TextField } from '../../../components/TextField';
import { characterCount } from '../../../lib/format';
import { CAMPAIGN_LIMITS, LIMITS } from '../../../lib/limits';
import type { PhotoUploader } from '../../../lib/photos/usePhotoUploader';
import { CoverPhotoField, type CoverChange } from './CoverPhotoField';

export interface CampaignFormValues {
  slug: string;
  title: string;
  description: string;
  hashtag: string;
  rules: string;
  /** What authors agree to when they grant reuse; empty for the web app's plain default. */
  licenceText: string;
  /** `datetime-local` values, in the editor's local time. */
  startsAt: string;
  endsAt: string;
  requiresModeration: boolean;
  maxPhotosPerStory: number;
  published: boolean;
  cover: CoverChange;
}

const TITLE_MAX = CAMPAIGN_LIMITS.title;
const DESCRIPTION_MAX = CAMPAIGN_LIMITS.description;
const RULES_MAX = CAMPAIGN_LIMITS.rules;
const HASHTAG_MAX = CAMPAIGN_LIMITS.hashtag;
const MAX_PHOTOS_LIMIT = CAMPAIGN_LIMITS.maxPhotosPerStory;
/** Stricter than the server's a-z, 0-9 and "-": no dashes at the ends or twice in a row. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type CampaignFormErrors = Partial<Record<keyof CampaignFormValues, string>>;
type Errors = CampaignFormErrors;

interface CampaignFormProps {
  values: CampaignFormValues;
  /** Takes updates as functions too: the cover upload finishes after later edits. */
  onChange: Dispatch<SetStateAction<CampaignFormValues>>;
  onSubmit: () => void;
  /** The slug is fixed once the campaign exists (links are out there). */
  slugLocked: boolean;
  submitting: boolean;
  submitLabel: string;
  /** Errors the server gave for a field (extensions.field), shown next to it. */
  serverErrors?: Errors;
  /** Replaces the real cover upload (tests). */
  uploader?: PhotoUploader;
}

export function CampaignForm({ values, onChange, onSubmit, slugLocked, submitting, submitLabel, serverErrors = {}, uploader }: CampaignFormProps) {
  const { t } = useTranslation();
  const photosId = useId();
  const [localErrors, setErrors] = useState<Errors>({});
  const errors: Errors = { ...serverErrors, ...localErrors };
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => onChange((current) => ({ ...current, [key]: value }));

  const validate = (): Errors => {
    const found: Errors = {};
    const slugLength = values.slug.length;
    if (!slugLocked && (!SLUG_PATTERN.test(values.slug) || slugLength < LIMITS.campaignSlug.min || slugLength > LIMITS.campaignSlug.max)) {
      found.slug = t('brand.errorSlug', { min: LIMITS.campaignSlug.min, max: LIMITS.campaignSlug.max });
    }
    if (!values.title.trim()) found.title = t('form.errorRequired');
    else if (characterCount(values.title.trim()) > TITLE_MAX) found.title = t('form.errorTooLong', { max: TITLE_MAX });
    if (!values.description.trim()) found.description = t('form.errorRequired');
    else if (characterCount(values.description.trim()) > DESCRIPTION_MAX) found.description = t('form.errorTooLong', { max: DESCRIPTION_MAX });
    if (characterCount(values.rules.trim()) > RULES_MAX) found.rules = t('form.errorTooLong', { max: RULES_MAX });
    if (characterCount(values.licenceText.trim()) > RULES_MAX) found.licenceText = t('form.errorTooLong', { max: RULES_MAX });
    if (characterCount(values.hashtag.trim()) > HASHTAG_MAX) found.hashtag = t('form.errorTooLong', { max: HASHTAG_MAX });
    if (values.cover.state === 'uploading') found.cover = t('brand.errorCoverUploading');
    else if (values.cover.state === 'failed') found.cover = t('brand.errorCoverFailed');
    if (!values.startsAt) found.startsAt = t('form.errorRequired');
    if (!values.endsAt) found.endsAt = t('form.errorRequired');
    else if (values.startsAt && new Date(values.endsAt) <= new Date(values.startsAt)) found.endsAt = t('brand.errorEndBeforeStart');
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit();
  };

  return (
    <form className="form campaign-form" onSubmit={submit} noValidate>
      <TextField label={t('brand.fieldTitle')} value={values.title} onChange={(value) => set('title', value)} maxChars={TITLE_MAX} required error={errors.title} />
      <TextField
        label={t('brand.fieldSlug')}
        value={values.slug}
        onChange={(value) => set('slug', value.toLowerCase())}
        hint={slugLocked ? t('brand.slugLocked') : t('brand.slugHint')}
        readOnly={slugLocked}
        required
        error={errors.slug}
        autoComplete="off"
      />
      <TextField label={t('brand.fieldHashtag')} value={values.hashtag} onChange={(value) => set('hashtag', value.replace(/^#/, ''))} maxChars={HASHTAG_MAX} hint={t('brand.hashtagHint')} error={errors.hashtag} />
      <TextField
        label={t('brand.fieldDescription')}
        value={values.description}
        onChange={(value) => set('description', value)}
        multiline
        rows={3}
        maxChars={DESCRIPTION_MAX}
        required
        error={errors.description}
        hint={t('brand.descriptionHint')}
      />
      <TextField label={t('brand.fieldRules')} value={values.rules} onChange={(value) => set('rules', value)} multiline rows={5} maxChars={RULES_MAX} hint={t('brand.rulesHint')} error={errors.rules} />
      <TextField
        label={t('products.licence')}
        value={values.licenceText}
        onChange={(value) => set('licenceText', value)}
        multiline
        rows={4}
        maxChars={RULES_MAX}
        hint={t('products.licenceHint')}
        error={errors.licenceText}
      />
      <CoverPhotoField value={values.cover} onChange={(cover) => set('cover', cover)} uploader={uploader} />
      {errors.cover && <p className="field__error">{errors.cover}</p>}
      <div className="form__row">
        <TextField type="datetime-local" label={t('brand.fieldStartsAt')} value={values.startsAt} onChange={(value) => set('startsAt', value)} required error={errors.startsAt} />
        <TextField type="datetime-local" label={t('brand.fieldEndsAt')} value={values.endsAt} onChange={(value) => set('endsAt', value)} required error={errors.endsAt} />
      </div>
      <div className="field">
        <label htmlFor={photosId} className="field__label">
          {t('brand.fieldMaxPhotos')}
        </label>
        <select id={photosId} className="field__control field__control--narrow" value={values.maxPhotosPerStory} onChange={(event) => set('maxPhotosPerStory', Number(event.target.value))}>
          {Array.from({ length: MAX_PHOTOS_LIMIT }, (_, index) => index + 1).map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      </div>
      <CheckboxField label={t('brand.fieldModeration')} checked={values.requiresModeration} onChange={(checked) => set('requiresModeration', checked)} />
      <CheckboxField label={t('brand.fieldPublished')} checked={values.published} onChange={(checked) => set('published', checked)} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--large" disabled={submitting}>
          {submitting ? t('common.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
