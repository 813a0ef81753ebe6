import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { characterCount } from '../../lib/format';
import { LIMITS } from '../../lib/limits';
import { paths, safeNextPath } from '../../lib/paths';
import { useViewer } from '../../lib/session/ViewerContext';
import { RegisterDocument } from './api/register';
import { AuthLayout } from './components/AuthLayout';

const PASSWORD_MIN = LIMITS.password.min;
const NAME_MAX = LIMITS.displayName.max;

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { signIn } = useViewer();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [register, { loading, error }] = useMutation(RegisterDocument);

  const nameError = tried && !displayName.trim() ? t('auth.errorName') : null;
  const passwordError = tried && password.length < PASSWORD_MIN ? t('auth.errorPassword', { min: PASSWORD_MIN }) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!displayName.trim() || password.length < PASSWORD_MIN || characterCount(displayName.trim()) > NAME_MAX) return;
    try {
      const { data } = await register({ variables: { input: { displayName: displayName.trim(), email: email.trim(), password } } });
      if (!data) return;
      await signIn(data.register.accessToken, data.register.user);
      navigate(next, { replace: true });
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <AuthLayout
      title={t('auth.registerTitle')}
      intro={t('auth.registerIntro')}
      footer={
        <p>
          {t('auth.haveAccount')}{' '}
          <Link to={paths.login(searchParams.get('next') ?? undefined)} className="text-link">
            {t('auth.loginLink')}
          </Link>
        </p>
      }
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('auth.displayName')}
          hint={t('auth.displayNameHint')}
          autoComplete="nickname"
          value={displayName}
          onChange={setDisplayName}
          maxChars={NAME_MAX}
          required
          error={nameError}
          name="displayName"
        />
        <TextField label={t('auth.email')} type="email" autoComplete="email" inputMode="email" value={email} onChange={setEmail} required name="email" />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint', { min: PASSWORD_MIN })}
          value={password}
          onChange={setPassword}
          required
          error={passwordError}
          name="password"
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary button--large button--block" disabled={loading}>
          {loading ? t('common.sending') : t('auth.registerSubmit')}
        </button>
      </form>
    </AuthLayout>
  );
}
