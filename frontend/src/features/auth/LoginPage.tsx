import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { landingPath, paths, safeNextPath } from '../../lib/paths';
import { useViewer } from '../../lib/session/ViewerContext';
import { LoginDocument } from './api/login';
import { AuthLayout } from './components/AuthLayout';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const askedFor = searchParams.get('next');
  const { signIn } = useViewer();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [login, { loading, error }] = useMutation(LoginDocument);
  const emailError = tried && !email.trim() ? t('auth.errorEmailEmpty') : null;
  const passwordError = tried && !password ? t('auth.errorPasswordEmpty') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!email.trim() || !password) {
      (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(!email.trim() ? 'input[name="email"]' : 'input[name="password"]')?.focus();
      return;
    }
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) return;
      await signIn(data.login.accessToken, data.login.user);
      navigate(askedFor ? safeNextPath(askedFor) : landingPath(data.login.user.role), { replace: true });
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <AuthLayout
      title={t('auth.loginTitle')}
      footer={
        <p>
          {t('auth.noAccount')}{' '}
          <Link to={paths.register(searchParams.get('next') ?? undefined)} className="text-link">
            {t('auth.registerLink')}
          </Link>
        </p>
      }
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={setEmail}
          required
          error={emailError}
          name="email"
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
          error={passwordError}
          name="password"
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary button--large button--block" disabled={loading}>
          {loading ? t('common.sending') : t('auth.loginSubmit')}
        </button>
        <p>
          <Link to={paths.forgotPassword()} className="text-link">
            {t('auth.forgotLink')}
          </Link>
        </p>
      </form>
    </AuthLayout>
  );
}
