import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TextField } from '../../../components/TextField';
import { notify } from '../../../lib/notices';
import { useViewer } from '../../../lib/session/ViewerContext';
import { ChangePasswordDocument } from '../api/changePassword';

/** A new password signs out every other device; this one stays signed in with new tokens. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { signIn } = useViewer();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changePassword, { loading, error }] = useMutation(ChangePasswordDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await changePassword({ variables: { currentPassword, newPassword } });
      if (!data) return;
      await signIn(data.changePassword.accessToken, data.changePassword.user);
      setCurrentPassword('');
      setNewPassword('');
      notify('success', t('account.passwordChanged'));
    } catch {
      // Shown below.
    }
  };

  return (
    <section className="card stack" aria-labelledby="password-title">
      <h2 id="password-title" className="section-title">
        {t('account.passwordTitle')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('account.currentPassword')} type="password" autoComplete="current-password" value={currentPassword} onChange={setCurrentPassword} required name="currentPassword" />
        <TextField
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          required
          hint={t('account.newPasswordHint')}
          name="newPassword"
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary" disabled={loading || !currentPassword || !newPassword}>
          {loading ? t('common.sending') : t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
