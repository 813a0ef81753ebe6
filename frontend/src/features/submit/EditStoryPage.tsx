import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageFallback } from '../../components/PageFallback';
import { TextField } from '../../components/TextField';
import { characterCount } from '../../lib/format';
import { LIMITS } from '../../lib/limits';
import { notify } from '../../lib/notices';
import { paths } from '../../lib/paths';
import { useViewer } from '../../lib/session/ViewerContext';
import { canEditStory } from '../../lib/storyEditing';
import { StoryForEditDocument, UpdateStoryDocument } from './api/updateStory';

/**
 * The author changes a story waiting for review or turned down (it goes back to review), or a
 * just-published one in a campaign without review. Photos can be taken out; new ones come with
 * a new story.
 */
export function EditStoryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error: loadError, refetch } = useQuery(StoryForEditDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const story = data?.story;
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [updateStory, { loading, error }] = useMutation(UpdateStoryDocument);

  useEffect(() => {
    if (!story || loaded) return;
    setTitle(story.title);
    setBody(story.body);
    setPhotoIds(story.photos.map((photo) => photo.id));
    setLoaded(true);
  }, [story, loaded]);

  if (!story || story.author.id !== viewer?.id || !canEditStory(story)) {
    return (
      <PageFallback
        className="page page--narrow"
        loaded={!!data}
        error={loadError}
        onRetry={() => void refetch()}
        loadingLines={5}
        title={story ? t('editStory.notEditable') : t('story.notFound')}
        back={{ to: paths.myStories(), label: t('nav.myStories') }}
      />
    );
  }

  const invalid = characterCount(title.trim()) === 0 || characterCount(body.trim()) === 0 || photoIds.length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    try {
      const { data: saved } = await updateStory({ variables: { id, input: { title: title.trim(), body: body.trim(), photoIds } } });
      if (!saved) return;
      notify('success', saved.updateStory.status === 'PENDING' ? t('editStory.savedForReview') : t('editStory.saved'));
      navigate(paths.story(id));
    } catch {
      // Shown below.
    }
  };

  return (
    <div className="page page--narrow">
      <h1 className="page-title">{t('editStory.title')}</h1>
      {story.status !== 'APPROVED' && <p className="page-intro">{t('editStory.backToReview')}</p>}
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="stack">
          <legend>{t('submit.photosLegend')}</legend>
          <ul className="cluster" aria-label={t('submit.photosLegend')}>
            {story.photos
              .filter((photo) => photoIds.includes(photo.id))
              .map((photo, index) => (
                <li key={photo.id} className="stack stack--tight">
                  {photo.thumbnailUrl && <img className="my-story__thumb" src={photo.thumbnailUrl} alt={t('submit.previewAlt', { n: index + 1 })} />}
                  <button
                    type="button"
                    className="text-button text-button--danger"
                    disabled={photoIds.length === 1}
                    onClick={() => setPhotoIds((ids) => ids.filter((other) => other !== photo.id))}
                  >
                    {t('submit.removePhoto', { n: index + 1 })}
                  </button>
                </li>
              ))}
          </ul>
        </fieldset>
        <TextField label={t('submit.titleLabel')} value={title} onChange={setTitle} maxChars={LIMITS.storyTitle.max} required name="title" />
        <TextField label={t('submit.bodyLabel')} value={body} onChange={setBody} multiline rows={8} maxChars={LIMITS.storyBody.max} required name="body" />
        {error && <ErrorNotice error={error} />}
        <div className="form__actions">
          <Link to={paths.myStories()} className="button">
            {t('common.cancel')}
          </Link>
          <button type="submit" className="button button--primary" disabled={loading || invalid}>
            {loading ? t('common.sending') : t('editStory.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
