import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TextField } from '../../../components/TextField';
import { formatDateTime } from '../../../lib/format';
import { notify } from '../../../lib/notices';
import { useLocale } from '../../../lib/useLocale';
import { ClaimPrizeDocument } from '../api/claimPrize';

interface ClaimPrizeFormProps {
  winnerId: string;
  prizeName: string;
  claimDeadline: string | null;
}

/**
 * Where the winner says where to send the prize. Only brand staff read it, and it is erased 60
 * days after the claim: the form says so, since people hesitate to give an address otherwise.
 */
export function ClaimPrizeForm({ winnerId, prizeName, claimDeadline }: ClaimPrizeFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [recipientName, setRecipientName] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [claim, { loading, error }] = useMutation(ClaimPrizeDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await claim({ variables: { input: { winnerId, recipientName: recipientName.trim(), phone: phone.trim(), address: address.trim() } } });
      notify('success', t('finale.claim.done', { prize: prizeName }));
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <form id="claim" className="card stack claim-form" onSubmit={submit} aria-labelledby={`claim-title-${winnerId}`}>
      <h3 id={`claim-title-${winnerId}`} className="section-title">
        {t('finale.claim.title', { prize: prizeName })}
      </h3>
      {claimDeadline && <p>{t('finale.claim.deadline', { date: formatDateTime(claimDeadline, locale) })}</p>}
      <p className="muted">{t('finale.claim.privacy')}</p>
      <TextField label={t('finale.claim.name')} value={recipientName} onChange={setRecipientName} required maxLength={100} autoComplete="name" />
      <TextField label={t('finale.claim.phone')} value={phone} onChange={setPhone} required type="tel" inputMode="tel" autoComplete="tel" maxLength={30} />
      <TextField
        label={t('finale.claim.address')}
        value={address}
        onChange={setAddress}
        required
        multiline
        rows={3}
        maxChars={500}
        autoComplete="street-address"
      />
      {!!error && <ErrorNotice error={error} compact />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('common.sending') : t('finale.claim.submit')}
        </button>
      </div>
    </form>
  );
}
