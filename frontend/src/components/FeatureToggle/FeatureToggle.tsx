import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { modifyConnections } from '../../lib/apollo/cache';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notices';
import { useLocale } from '../../lib/useLocale';
import { StarIcon } from '../icons';
import { FeatureStoryDocument } from './featureStory';
import { UnfeatureStoryDocument } from './unfeatureStory';

interface FeatureToggleProps {
  storyId: string;
  featured: boolean;
  /** The story's title, so the button says which story it features. */
  title: string;
}

/**
 * Keeps every cached FEATURED feed of the story's campaign in step, so the
 * "Featured" tab and the home page change without a refetch.
 */
function updateFeaturedFeeds(cache: ApolloCache, story: { id: string; featured: boolean; campaign: { id: string } }) {
  const storyRef = cache.identify({ __typename: 'Story', id: story.id });
  if (!storyRef) return;
  modifyConnections(cache, 'ROOT_QUERY', 'feed', (feed, { args, readField }) => {
    if (args.sort !== 'FEATURED' || args.campaignId !== story.campaign.id) return feed;
    const without = feed.nodes.filter((node) => readField('id', node) !== story.id);
    return { ...feed, nodes: story.featured ? [{ __ref: storyRef }, ...without] : without };
  });
}

export function FeatureToggle({ storyId, featured, title }: FeatureToggleProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const onError = (error: unknown) => notify('error', describeError(error, t, locale));
  const [feature, featureState] = useMutation(FeatureStoryDocument, {
    update: (cache, { data }) => data && updateFeaturedFeeds(cache, data.featureStory),
    onError,
  });
  const [unfeature, unfeatureState] = useMutation(UnfeatureStoryDocument, {
    update: (cache, { data }) => data && updateFeaturedFeeds(cache, data.unfeatureStory),
    onError,
  });
  const busy = featureState.loading || unfeatureState.loading;

  return (
    <button
      type="button"
      className={featured ? 'button button--small button--featured' : 'button button--small button--secondary'}
      aria-pressed={featured}
      aria-label={featured ? t('feature.unfeatureStory', { title }) : t('feature.featureStory', { title })}
      disabled={busy}
      onClick={() => void (featured ? unfeature({ variables: { storyId } }) : feature({ variables: { storyId } }))}
    >
      <StarIcon filled={featured} width={16} height={16} />
      {featured ? t('feature.featured') : t('feature.feature')}
    </button>
  );
}
