import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { modifyConnections } from '../../lib/apollo/cache';
import { notify } from '../../lib/notices';
import { useDescribeError } from '../../lib/useDescribeError';
import { StarIcon } from '../icons';
import { FeatureStoryDocument } from './featureStory';
import { UnfeatureStoryDocument } from './unfeatureStory';

interface FeatureToggleProps {
  storyId: string;
  featured: boolean;
  /** The story's title, so the button says which story it features. */
  title: string;
  /** After the server confirmed the change (e.g. to re-read numbers that count featured stories). */
  onChanged?: (featured: boolean) => void;
}

/**
 * Keeps every cached FEATURED feed of the story's campaign, and the home page's
 * featured stories, in step, so both change without a refetch.
 */
function updateFeaturedFeeds(cache: ApolloCache, story: { id: string; featured: boolean; campaign: { id: string } }) {
  const storyRef = cache.identify({ __typename: 'Story', id: story.id });
  if (!storyRef) return;
  modifyConnections(cache, 'ROOT_QUERY', 'feed', (feed, { args, readField }) => {
    if (args.sort !== 'FEATURED' || args.campaignId !== story.campaign.id) return feed;
    const without = feed.nodes.filter((node) => readField('id', node) !== story.id);
    return { ...feed, nodes: story.featured ? [{ __ref: storyRef }, ...without] : without };
  });
  if (story.featured) {
    // The home page lists them across campaigns, newest pick first: read it again when next shown.
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'featuredStories' });
  } else {
    modifyConnections(cache, 'ROOT_QUERY', 'featuredStories', (list, { readField }) => ({
      ...list,
      nodes: list.nodes.filter((node) => readField('id', node) !== story.id),
    }));
  }
}

export function FeatureToggle({ storyId, featured, title, onChanged }: FeatureToggleProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const onError = (error: unknown) => notify('error', describe(error));
  const [feature, featureState] = useMutation(FeatureStoryDocument, {
    update: (cache, { data }) => data && updateFeaturedFeeds(cache, data.featureStory),
    onCompleted: () => onChanged?.(true),
    onError,
  });
  const [unfeature, unfeatureState] = useMutation(UnfeatureStoryDocument, {
    update: (cache, { data }) => data && updateFeaturedFeeds(cache, data.unfeatureStory),
    onCompleted: () => onChanged?.(false),
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
