import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TextField } from '../../../components/TextField';
import { notify } from '../../../lib/notices';
import { paths } from '../../../lib/paths';
import { tokenStore } from '../../../lib/tokenStore';
import { DeleteMyAccountDocument } from '../api/deleteMyAccount';

/** Erasing the account for good: says what will happen, and asks for the password first. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [password, setPassword] = useState('');
  const [deleteAccount, { loading, error }] = useMutation(DeleteMyAccountDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    try {
      await deleteAccount({ variables: { password } });
      // Every session has ended on the server; forget this one here too.
      tokenStore.clear();
      await client.clearStore().catch(() => undefined);
      notify('success', t('account.deleted'));
      navigate(paths.home(), { replace: true });
    } catch {
      // Shown below.
    }
  };

  return (
    <section className="card stack" aria-labelledby="delete-title">
      <h2 id="delete-title" className="section-title">
        {t('account.deleteTitle')}
      </h2>
      <p>{t('account.deleteExplain')}</p>
      <ul className="stack stack--tight">
        <li>{t('account.deleteStories')}</li>
        <li>{t('account.deleteComments')}</li>
        <li>{t('account.deleteSessions')}</li>
      </ul>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('account.deletePassword')} type="password" autoComplete="current-password" value={password} onChange={setPassword} required name="deletePassword" />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button--danger" disabled={loading || !password}>
          {loading ? t('common.sending') : t('account.deleteSubmit')}
        </button>
      </form>
    </section>
  );
}
