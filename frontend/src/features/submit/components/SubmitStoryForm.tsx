import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TextField } from '../../../components/TextField';
import type { MyStoryFieldsFragment, UsageScope } from '../../../gql/graphql';
import { modifyConnections } from '../../../lib/apollo/cache';
import { getErrorField } from '../../../lib/errors';
import { characterCount } from '../../../lib/format';
import { LIMITS } from '../../../lib/limits';
import { useDescribeError } from '../../../lib/useDescribeError';
import { SubmitStoryDocument } from '../api/submitStory';
import { usePhotoUploader, usePhotoUploads, type PhotoUploader } from '../usePhotoUploads';
import { useStoryDraft } from '../useStoryDraft';
import { PhotoPicker } from './PhotoPicker';
import { UsageRightsConsent } from './UsageRightsConsent';

const TITLE_MAX = LIMITS.storyTitle.max;
const BODY_MAX = LIMITS.storyBody.max;

interface SubmitStoryFormProps {
  campaign: { id: string; title: string; maxPhotosPerStory: number; licenceText?: string | null };
  onSubmitted: (story: MyStoryFieldsFragment) => void;
  /** Replaces the real storage upload (tests). */
  uploader?: PhotoUploader;
}

interface FormErrors {
  photos?: string;
  title?: string;
  body?: string;
}

export function SubmitStoryForm({ campaign, onSubmitted, uploader }: SubmitStoryFormProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const realUploader = usePhotoUploader();
  const photos = usePhotoUploads(uploader ?? realUploader);
  const { draft, update, discard, restored } = useStoryDraft(campaign.id);
  const { title, body, usageScopes } = draft;
  const setTitle = (value: string) => update({ title: value });
  const setBody = (value: string) => update({ body: value });
  const setUsageScopes = (value: UsageScope[]) => update({ usageScopes: value });
  const [errors, setErrors] = useState<FormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const [submitStory, { loading, error }] = useMutation(SubmitStoryDocument, {
    update: (cache, { data }) => {
      const id = data && cache.identify({ __typename: 'Story', id: data.submitStory.id });
      if (!id) return;
      // The new story goes to the top of "My stories" without refetching it.
      modifyConnections(cache, 'ROOT_QUERY', 'myStories', (list, { readField }) =>
        list.nodes.some((node) => readField('id', node) === data.submitStory.id) ? list : { ...list, nodes: [{ __ref: id }, ...list.nodes] },
      );
    },
  });

  // The server names the field it refused (e.g. "body" for words the campaign does not allow).
  const refusedField = getErrorField(error);
  const serverField: keyof FormErrors | undefined =
    refusedField === 'body' || refusedField === 'title' ? refusedField : refusedField === 'photoIds' ? 'photos' : undefined;
  const serverMessage = describe(error);
  const shownErrors: FormErrors = serverField && error ? { [serverField]: serverMessage, ...errors } : errors;

  const uploading = photos.items.some((item) => item.state === 'uploading');
  const failed = photos.items.some((item) => item.state === 'failed');

  const validate = (): FormErrors => {
    const found: FormErrors = {};
    const titleLength = characterCount(title.trim());
    const bodyLength = characterCount(body.trim());
    if (photos.items.length === 0) found.photos = t('submit.errorNoPhotos');
    else if (uploading) found.photos = t('submit.errorStillUploading');
    else if (failed) found.photos = t('submit.errorFailedPhotos');
    if (titleLength === 0) found.title = t('submit.errorTitleEmpty');
    else if (titleLength > TITLE_MAX) found.title = t('form.errorTooLong', { max: TITLE_MAX });
    if (bodyLength === 0) found.body = t('submit.errorBodyEmpty');
    else if (bodyLength > BODY_MAX) found.body = t('form.errorTooLong', { max: BODY_MAX });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Take the person to the first thing to fix.
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .photo-picker input, .photo-picker button')?.focus();
      return;
    }
    try {
      const { data } = await submitStory({
        variables: {
          input: {
            campaignId: campaign.id,
            title: title.trim(),
            body: body.trim(),
            photoIds: photos.items.flatMap((item) => (item.photoId ? [item.photoId] : [])),
            // grantUsageRights for older servers' sake; usageScopes says which reuse exactly.
            grantUsageRights: usageScopes.length > 0,
            usageScopes,
          },
        },
      });
      if (!data) return;
      discard();
      onSubmitted(data.submitStory);
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <form ref={formRef} className="form submit-form" onSubmit={submit} noValidate>
      {restored && (title || body) && (
        <p className="muted" role="status">
          {t('submit.draftRestored')}{' '}
          <button type="button" className="text-button" onClick={discard}>
            {t('submit.discardDraft')}
          </button>
        </p>
      )}
      <PhotoPicker
        items={photos.items}
        max={campaign.maxPhotosPerStory}
        onAdd={photos.add}
        onRemove={photos.remove}
        onRetry={photos.retry}
        error={shownErrors.photos}
      />
      <TextField label={t('submit.titleLabel')} value={title} onChange={setTitle} maxChars={TITLE_MAX} required error={shownErrors.title} placeholder={t('submit.titlePlaceholder')} />
      <TextField
        label={t('submit.bodyLabel')}
        value={body}
        onChange={setBody}
        multiline
        rows={8}
        maxChars={BODY_MAX}
        required
        error={shownErrors.body}
        placeholder={t('submit.bodyPlaceholder')}
      />
      <UsageRightsConsent scopes={usageScopes} onChange={setUsageScopes} licenceText={campaign.licenceText} />
      {error && !serverField && <ErrorNotice error={error} />}
      <div className="form__actions form__actions--sticky">
        <button type="submit" className="button button--primary button--large" disabled={loading}>
          {loading ? t('common.sending') : uploading ? t('submit.waitForUploads') : t('submit.submit')}
        </button>
      </div>
    </form>
  );
}
