import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { LIMITS } from '../../lib/limits';
import { notify } from '../../lib/notices';
import { landingPath, paths } from '../../lib/paths';
import { useViewer } from '../../lib/session/ViewerContext';
import { ResetPasswordDocument } from './api/passwordReset';
import { AuthLayout } from './components/AuthLayout';

/** The page a reset mail links to: a new password, then signed in (every other device signed out). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { signIn } = useViewer();
  const [password, setPassword] = useState('');
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    try {
      const { data } = await reset({ variables: { token, newPassword: password } });
      if (!data) return;
      await signIn(data.resetPassword.accessToken, data.resetPassword.user);
      notify('success', t('auth.resetDone'));
      navigate(landingPath(data.resetPassword.user.role), { replace: true });
    } catch {
      // Shown below.
    }
  };

  return (
    <AuthLayout
      title={t('auth.resetTitle')}
      intro={t('auth.resetIntro')}
      footer={
        <p>
          <Link to={paths.forgotPassword()} className="text-link">
            {t('auth.resetNewLink')}
          </Link>
        </p>
      }
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          required
          hint={t('auth.passwordHint', { min: LIMITS.password.min })}
          name="newPassword"
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary button--large button--block" disabled={loading || !password || !token}>
          {loading ? t('common.sending') : t('auth.resetSubmit')}
        </button>
      </form>
    </AuthLayout>
  );
}
