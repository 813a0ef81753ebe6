import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { LIMITS, PHOTO_ACCEPT } from '../../../lib/limits';
import { notify } from '../../../lib/notices';
import { photoFileProblem, usePhotoUploader, type PhotoUploader } from '../../../lib/photos/usePhotoUploader';
import { useDescribeError } from '../../../lib/useDescribeError';
import { UpdateProfileDocument } from '../api/updateProfile';

interface ProfileEditorProps {
  user: { id: string; bio?: string | null };
  /** Replaces the real upload (tests). */
  uploader?: PhotoUploader;
}

/** The owner's own profile: a short bio and an avatar (uploaded like a story's photo). */
export function ProfileEditor({ user, uploader }: ProfileEditorProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const realUploader = usePhotoUploader();
  const upload = uploader ?? realUploader;
  const avatarId = useId();
  const [editing, setEditing] = useState(false);
  const [bio, setBio] = useState(user.bio ?? '');
  const [avatar, setAvatar] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save] = useMutation(UpdateProfileDocument);

  if (!editing) {
    return (
      <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
        {t('profile.edit')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (avatar && photoFileProblem(avatar)) return setProblem(t('profile.avatarProblem'));
    setBusy(true);
    try {
      const avatarPhotoId = avatar ? await upload(avatar, () => undefined, new AbortController().signal) : undefined;
      await save({ variables: { input: { bio, ...(avatarPhotoId ? { avatarPhotoId } : {}) } } });
      notify('success', avatarPhotoId ? t('profile.savedWithAvatar') : t('profile.saved'));
      setEditing(false);
    } catch (error) {
      setProblem(describe(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack profile-editor" onSubmit={(event) => void submit(event)}>
      <TextField label={t('profile.bio')} value={bio} onChange={setBio} multiline rows={3} maxChars={LIMITS.bio} />
      <label className="field" htmlFor={avatarId}>
        <span className="field__label">{t('profile.avatar')}</span>
        <input id={avatarId} type="file" accept={PHOTO_ACCEPT} onChange={(event) => setAvatar(event.target.files?.[0] ?? null)} />
      </label>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="cluster">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {busy ? t('profile.saving') : t('profile.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setEditing(false)} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
