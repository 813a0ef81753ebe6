import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { getErrorField } from '../../lib/errors';
import { characterCount } from '../../lib/format';
import { LIMITS } from '../../lib/limits';
import { paths, safeNextPath } from '../../lib/paths';
import { useViewer } from '../../lib/session/ViewerContext';
import { useDescribeError } from '../../lib/useDescribeError';
import { RegisterDocument } from './api/register';
import { AuthLayout } from './components/AuthLayout';

const PASSWORD_MIN = LIMITS.password.min;
const NAME_MAX = LIMITS.displayName.max;
/** Only the obvious slips (no @, no domain); the server has the final word. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const describe = useDescribeError();
  const [register, { loading, error, reset }] = useMutation(RegisterDocument);

  // The server's refusal of one field (taken or malformed email, …) shows at that field.
  const serverField = getErrorField(error);
  const serverError = (field: string) => (error && serverField === field ? describe(error) : null);
  const nameError = tried && !displayName.trim() ? t('auth.errorName') : serverError('displayName');
  const emailError = tried && !email.trim() ? t('auth.errorEmailEmpty') : tried && !EMAIL_SHAPE.test(email.trim()) ? t('errors.field.email') : serverError('email');
  const passwordError = tried && password.length < PASSWORD_MIN ? t('auth.errorPassword', { min: PASSWORD_MIN }) : serverError('password');
  const fieldErrorShown = !!(serverField && ['displayName', 'email', 'password'].includes(serverField));

  // After a refused submit, focus goes to the first field that needs attention.
  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, error]);

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (error) reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setAttempt((n) => n + 1);
    if (!displayName.trim() || !EMAIL_SHAPE.test(email.trim()) || password.length < PASSWORD_MIN || characterCount(displayName.trim()) > NAME_MAX) return;
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
      <form ref={form} className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('auth.displayName')}
          hint={t('auth.displayNameHint')}
          autoComplete="nickname"
          value={displayName}
          onChange={edit(setDisplayName)}
          maxChars={NAME_MAX}
          required
          error={nameError}
          name="displayName"
        />
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={edit(setEmail)}
          required
          error={emailError}
          name="email"
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint', { min: PASSWORD_MIN })}
          value={password}
          onChange={edit(setPassword)}
          required
          error={passwordError}
          name="password"
        />
        {error && !fieldErrorShown && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary button--large button--block" disabled={loading}>
          {loading ? t('common.sending') : t('auth.registerSubmit')}
        </button>
      </form>
    </AuthLayout>
  );
}
