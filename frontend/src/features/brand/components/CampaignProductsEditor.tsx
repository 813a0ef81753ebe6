import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ProductRowsEditor } from '../../../components/Products/ProductRowsEditor';
import { newRow, rowInput, rowOfServerMessage, validateRows, type ProductRow, type ProductRowErrors } from '../../../components/Products/productRows';
import { SetCampaignProductsDocument } from '../../../components/Products/productsApi';
import { notify } from '../../../lib/notices';
import { useDescribeError } from '../../../lib/useDescribeError';

interface CampaignProductsEditorProps {
  campaignId: string;
  products: readonly { sku: string; name: string | null; url: string | null }[];
}

/**
 * The campaign's product list (SKU, name, link) that staff tag stories from and galleries pick
 * by: rows to add, remove and move, saved together (the server replaces the list; tags stay).
 */
export function CampaignProductsEditor({ campaignId, products }: CampaignProductsEditorProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const headingId = useId();
  const [rows, setRows] = useState<ProductRow[]>(() => products.map((product) => newRow(product)));
  const [errors, setErrors] = useState<Record<string, ProductRowErrors>>({});
  const [save, { loading, error }] = useMutation(SetCampaignProductsDocument);
  const serverMessage = error ? describe(error) : null;
  const serverRow = serverMessage ? rowOfServerMessage(rows, serverMessage) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateRows(t, rows);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await save({ variables: { campaignId, products: rows.map(rowInput) } });
      notify('success', t('products.saved'));
    } catch {
      // Shown beside the row it is about, or below.
    }
  };

  return (
    <section className="stack campaign-products" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('products.listTitle')}
      </h2>
      <p className="field__hint">{t('products.listHint')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {rows.length === 0 && <p className="muted">{t('products.listEmpty')}</p>}
        <ProductRowsEditor rows={rows} onChange={setRows} errors={errors} serverErrors={serverRow && serverMessage ? { [serverRow]: serverMessage } : {}} reorder urlLabel={t('products.urlListed')} />
        {error && !serverRow && <ErrorNotice error={error} compact />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('common.sending') : t('products.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
