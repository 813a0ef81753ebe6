import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageFallback } from '../../components/PageFallback';
import type { CampaignPageFieldsFragment } from '../../gql/graphql';
import { modifyConnections } from '../../lib/apollo/cache';
import { getErrorField } from '../../lib/errors';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '../../lib/format';
import { notify } from '../../lib/notices';
import { paths } from '../../lib/paths';
import { useDescribeError } from '../../lib/useDescribeError';
import { CampaignForEditDocument } from './api/campaignForEdit';
import { CreateCampaignDocument } from './api/createCampaign';
import { UpdateCampaignDocument } from './api/updateCampaign';
import { PointsRulesEditor } from './components/PointsRulesEditor';
import { CampaignForm, type CampaignFormErrors, type CampaignFormValues } from './components/CampaignForm';
import { CampaignPreview } from './components/CampaignPreview';
import { CampaignProductsEditor } from './components/CampaignProductsEditor';

function blankValues(): CampaignFormValues {
  const start = new Date();
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  const end = new Date(start.getTime() + 14 * 24 * 3600 * 1000);
  return {
    slug: '',
    title: '',
    description: '',
    hashtag: '',
    rules: '',
    licenceText: '',
    startsAt: toDateTimeLocalValue(start.toISOString()),
    endsAt: toDateTimeLocalValue(end.toISOString()),
    requiresModeration: true,
    maxPhotosPerStory: 9,
    published: false,
    cover: { photoId: undefined, previewUrl: null, state: 'idle' },
  };
}

function valuesFrom(campaign: CampaignPageFieldsFragment & { licenceText: string | null }): CampaignFormValues {
  return {
    slug: campaign.slug,
    title: campaign.title,
    description: campaign.description,
    hashtag: campaign.hashtag?.replace(/^#/, '') ?? '',
    rules: campaign.rules ?? '',
    licenceText: campaign.licenceText ?? '',
    startsAt: toDateTimeLocalValue(campaign.startsAt),
    endsAt: toDateTimeLocalValue(campaign.endsAt),
    requiresModeration: campaign.requiresModeration,
    maxPhotosPerStory: campaign.maxPhotosPerStory,
    published: campaign.status !== 'DRAFT',
    cover: { photoId: undefined, previewUrl: campaign.coverImageUrl, state: 'idle' },
  };
}

function toInput(values: CampaignFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    hashtag: values.hashtag.trim() || null,
    rules: values.rules.trim() || null,
    licenceText: values.licenceText.trim() || null,
    startsAt: fromDateTimeLocalValue(values.startsAt) ?? new Date().toISOString(),
    endsAt: fromDateTimeLocalValue(values.endsAt) ?? new Date().toISOString(),
    requiresModeration: values.requiresModeration,
    maxPhotosPerStory: values.maxPhotosPerStory,
    published: values.published,
    // Only a change is sent: a new photo's id, or null to remove the cover.
    ...(values.cover.photoId !== undefined ? { coverPhotoId: values.cover.photoId } : {}),
  };
}

/** The server names the field it refused (extensions.field); show its message there. */
function serverFieldErrors(error: unknown, describe: (error: unknown) => string): CampaignFormErrors {
  const field = getErrorField(error);
  if (!error || !field) return {};
  const formField = field === 'coverPhotoId' ? 'cover' : field;
  return { [formField]: describe(error) };
}

export function CampaignEditorPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const { id } = useParams();
  const isNew = !id;
  const [values, setValues] = useState<CampaignFormValues>(blankValues);
  const existing = useQuery(CampaignForEditDocument, { variables: { id: id ?? '' }, skip: isNew });
  const campaign = existing.data?.campaign;

  // Fill the form once the campaign has loaded (not on every cache update, which would wipe edits).
  const [loadedId, setLoadedId] = useState<string | null>(null);
  useEffect(() => {
    if (campaign && loadedId !== campaign.id) {
      setValues(valuesFrom(campaign));
      setLoadedId(campaign.id);
    }
  }, [campaign, loadedId]);

  const [create, createState] = useMutation(CreateCampaignDocument, {
    update: (cache, { data }) => {
      const created = data?.createCampaign;
      const ref = created && cache.identify({ __typename: 'Campaign', id: created.id });
      if (!created || !ref) return;
      // Show it at the top of every cached campaign list it belongs in.
      modifyConnections(cache, 'ROOT_QUERY', 'campaigns', (list, { args }) =>
        args.status && args.status !== created.status ? list : { ...list, nodes: [{ __ref: ref }, ...list.nodes] },
      );
    },
  });
  const [update, updateState] = useMutation(UpdateCampaignDocument);
  const mutationError = createState.error ?? updateState.error;
  const fieldErrors = serverFieldErrors(mutationError, describe);
  // An error the form shows next to its field is not repeated below it.
  const shownAtField = Object.keys(fieldErrors).some((field) => field in values);

  const save = async () => {
    try {
      if (isNew) {
        await create({ variables: { input: { ...toInput(values), slug: values.slug.trim() } } });
        notify('success', t('brand.created'));
      } else {
        await update({ variables: { id, input: toInput(values) } });
        notify('success', t('brand.saved'));
      }
      navigate(paths.brandCampaigns());
    } catch {
      // Shown below via `mutationError`.
    }
  };

  if (!isNew && !campaign) {
    return (
      <PageFallback
        loaded={!!existing.data}
        error={existing.error}
        onRetry={() => void existing.refetch()}
        title={t('campaign.notFound')}
        back={{ to: paths.brandCampaigns(), label: t('brand.campaignsTitle') }}
      />
    );
  }

  return (
    <div className="page campaign-editor">
      <p>
        <Link to={paths.brandCampaigns()} className="text-link">
          ← {t('brand.campaignsTitle')}
        </Link>
      </p>
      <h1 className="page-title">{isNew ? t('brand.newCampaign') : t('brand.editCampaign')}</h1>
      <div className="split campaign-editor__layout">
        <div>
          <CampaignForm
            values={values}
            onChange={setValues}
            onSubmit={() => void save()}
            slugLocked={!isNew}
            submitting={createState.loading || updateState.loading}
            submitLabel={isNew ? t('brand.create') : t('brand.save')}
            serverErrors={fieldErrors}
          />
          {mutationError && !shownAtField && <ErrorNotice error={mutationError} />}
          {campaign ? <CampaignProductsEditor campaignId={campaign.id} products={campaign.products} /> : <p className="muted campaign-editor__products-later">{t('products.listSaveFirst')}</p>}
          {campaign && <PointsRulesEditor key={campaign.id} campaignId={campaign.id} rules={campaign.pointsRules} />}
        </div>
        <CampaignPreview values={values} coverImageUrl={values.cover.previewUrl} storyCount={campaign?.storyCount} participantCount={campaign?.participantCount} />
      </div>
    </div>
  );
}
