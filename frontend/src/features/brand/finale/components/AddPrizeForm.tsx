import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../../components/ChoiceGroup';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { TextField } from '../../../../components/TextField';
import type { WinnerMethod } from '../../../../gql/graphql';
import { notify } from '../../../../lib/notices';
import { AddPrizeDocument } from '../api/addPrize';

const METHODS: readonly WinnerMethod[] = ['RANK', 'JUDGES', 'DRAW'];

/** A new prize, until the campaign ends (the server refuses after). */
export function AddPrizeForm({ campaignId, onAdded }: { campaignId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [method, setMethod] = useState<WinnerMethod>('RANK');
  const [addPrize, { loading, error }] = useMutation(AddPrizeDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addPrize({
        variables: { campaignId, input: { name: name.trim(), description: description.trim() || null, quantity: Number(quantity), method } },
      });
    } catch {
      return;
    }
    notify('success', t('finale.console.prizeAdded', { name: name.trim() }));
    setName('');
    setDescription('');
    setQuantity('1');
    onAdded();
  };

  return (
    <form className="card stack add-prize" onSubmit={submit} aria-labelledby="add-prize-title">
      <h2 id="add-prize-title" className="section-title">
        {t('finale.console.addPrize')}
      </h2>
      <TextField label={t('finale.console.prizeName')} value={name} onChange={setName} required maxChars={200} />
      <TextField label={t('finale.console.prizeDescription')} value={description} onChange={setDescription} multiline rows={2} maxChars={2000} />
      <TextField label={t('finale.console.quantity')} value={quantity} onChange={setQuantity} required type="number" min={1} max={1000} inputMode="numeric" />
      <ChoiceGroup
        legend={t('finale.console.method')}
        name="prize-method"
        value={method}
        onChange={setMethod}
        choices={METHODS.map((value) => ({
          value,
          label: (
            <>
              <strong>{t(`finale.method.${value}`)}</strong> <span className="muted">{t(`finale.methodHint.${value}`)}</span>
            </>
          ),
        }))}
      />
      {!!error && <ErrorNotice error={error} compact />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading || !name.trim()}>
          {t('finale.console.addPrizeSubmit')}
        </button>
      </div>
    </form>
  );
}
