import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modifyConnections } from '../../lib/apollo/cache';
import { characterCount } from '../../lib/format';
import { notify } from '../../lib/notices';
import { useDescribeError } from '../../lib/useDescribeError';
import { FormDialog } from '../FormDialog';
import { StarIcon } from '../icons';
import { TextField } from '../TextField';
import { FeatureStoryDocument } from './featureStory';
import { UnfeatureStoryDocument } from './unfeatureStory';

/** The server refuses a longer feature note (FeatureStoryArgs). */
const NOTE_MAX = 500;

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

/**
 * Feature (asking for the optional note the brand shows with it) or stop featuring a story;
 * each change is confirmed with a notice once the server has it.
 */
export function FeatureToggle({ storyId, featured, title, onChanged }: FeatureToggleProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [feature, featureState] = useMutation(FeatureStoryDocument, {
    update: (cache, { data }) => data && updateFeaturedFeeds(cache, data.featureStory),
  });
  const [unfeature, unfeatureState] = useMutation(UnfeatureStoryDocument, {
    update: (cache, { data }) => data && updateFeaturedFeeds(cache, data.unfeatureStory),
  });
  const busy = featureState.loading || unfeatureState.loading;
  const noteTooLong = characterCount(note.trim()) > NOTE_MAX;

  const confirmFeature = async () => {
    if (noteTooLong) return;
    try {
      await feature({ variables: { storyId, note: note.trim() || null } });
    } catch {
      return; // Shown in the dialog, which stays open.
    }
    setAsking(false);
    setNote('');
    notify('success', t('feature.done', { title }));
    onChanged?.(true);
  };

  const stopFeaturing = async () => {
    try {
      await unfeature({ variables: { storyId } });
    } catch (error) {
      notify('error', describe(error));
      return;
    }
    notify('success', t('feature.undone', { title }));
    onChanged?.(false);
  };

  return (
    <>
      <button
        type="button"
        className={featured ? 'button button--small button--featured' : 'button button--small button--secondary'}
        aria-pressed={featured}
        disabled={busy}
        onClick={() => (featured ? void stopFeaturing() : setAsking(true))}
      >
        {/* Named by its visible word plus the story, so the name contains what is shown (WCAG 2.5.3). */}
        <StarIcon filled={featured} width={16} height={16} />
        {featured ? t('feature.featured') : t('feature.feature')}{' '}
        <span className="visually-hidden">{t('feature.storyTitle', { title })}</span>
      </button>
      <FormDialog
        open={asking}
        title={t('feature.dialogTitle', { title })}
        onClose={() => {
          setAsking(false);
          featureState.reset();
        }}
        onSubmit={() => void confirmFeature()}
        submitLabel={t('feature.confirm')}
        submitDisabled={busy || noteTooLong}
        error={featureState.error}
      >
        <TextField label={t('feature.note')} hint={t('feature.noteHint')} value={note} onChange={setNote} multiline rows={3} maxChars={NOTE_MAX} name="featureNote" />
      </FormDialog>
    </>
  );
}
