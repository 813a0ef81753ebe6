import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { paths } from '../../lib/paths';
import { RequestPasswordResetDocument } from './api/passwordReset';
import { AuthLayout } from './components/AuthLayout';

/** Asks for a reset link; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch {
      // Shown below.
    }
  };

  return (
    <AuthLayout
      title={t('auth.forgotTitle')}
      intro={sent ? undefined : t('auth.forgotIntro')}
      footer={
        <p>
          <Link to={paths.login()} className="text-link">
            {t('auth.backToLogin')}
          </Link>
        </p>
      }
    >
      {sent ? (
        <p role="status">{t('auth.forgotSent', { email: email.trim() })}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <TextField label={t('auth.email')} type="email" autoComplete="email" inputMode="email" value={email} onChange={setEmail} required name="email" />
          {error && <ErrorNotice error={error} />}
          <button type="submit" className="button button--primary button--large button--block" disabled={loading || !email.trim()}>
            {loading ? t('common.sending') : t('auth.forgotSubmit')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
