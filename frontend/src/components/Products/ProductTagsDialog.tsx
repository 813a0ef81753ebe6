import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, submitAndClose } from '../FormDialog';
import { Loading } from '../Loading';
import { useDescribeError } from '../../lib/useDescribeError';
import { CampaignProductsDocument, TagProductsDocument } from './productsApi';
import { ProductRowsEditor } from './ProductRowsEditor';
import { newRow, rowInput, rowOfServerMessage, validateRows, type ProductRow, type ProductRowErrors } from './productRows';

type Product = { sku: string; name: string | null; url: string | null };

interface ProductTagsDialogProps {
  open: boolean;
  onClose: () => void;
  story: { id: string; title: string; campaignId: string; products: readonly Product[] };
}

/**
 * Brand staff tag an APPROVED story with the products it shows: ticks from the campaign's product
 * list, and any other SKU with a name (link optional). Saving replaces the story's tags.
 */
export function ProductTagsDialog(props: ProductTagsDialogProps) {
  const list = useQuery(CampaignProductsDocument, { variables: { id: props.story.campaignId }, skip: !props.open });
  const listed = list.data?.campaign?.products;
  // Keyed by the list, so the form starts from the story's tags once the list is known.
  if (listed) return <ProductTagsForm key={listed.map((p) => p.sku).join()} {...props} listed={listed} ready loadError={null} />;
  return <ProductTagsForm {...props} listed={[]} ready={false} loadError={list.error} placeholder={list.error ? null : <Loading lines={2} />} />;
}

function ProductTagsForm({
  open,
  onClose,
  story,
  listed,
  ready,
  loadError,
  placeholder,
}: ProductTagsDialogProps & { listed: readonly Product[]; ready: boolean; loadError: unknown; placeholder?: ReactNode }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const listedSkus = listed.map((product) => product.sku);
  const [picked, setPicked] = useState<string[]>(() => story.products.filter((p) => listedSkus.includes(p.sku)).map((p) => p.sku));
  const [free, setFree] = useState<ProductRow[]>(() => story.products.filter((p) => !listedSkus.includes(p.sku)).map((p) => newRow(p)));
  const [errors, setErrors] = useState<Record<string, ProductRowErrors>>({});
  const [tag, { loading, error, reset }] = useMutation(TagProductsDocument);

  const serverMessage = error ? describe(error) : null;
  const serverRow = serverMessage ? rowOfServerMessage(free, serverMessage) : null;

  const close = () => {
    reset();
    setErrors({});
    onClose();
  };

  const save = () => {
    const found = validateRows(t, free, picked);
    setErrors(found);
    if (Object.keys(found).length) return;
    const products = [...listed.filter((p) => picked.includes(p.sku)).map((p) => ({ sku: p.sku })), ...free.map(rowInput)];
    void submitAndClose(() => tag({ variables: { storyId: story.id, products } }), t('products.saved'), close);
  };

  return (
    <FormDialog
      open={open}
      title={t('products.dialogTitle')}
      onClose={close}
      onSubmit={save}
      submitLabel={t('products.save')}
      submitDisabled={loading || !ready}
      error={loadError ?? (serverRow ? null : error)}
    >
      <p className="muted">{story.title}</p>
      {placeholder}
      {ready && (
        <>
          <fieldset className="bare-fieldset product-tags__list">
            <legend className="field__label">{t('products.fromList')}</legend>
            {listed.length === 0 ? (
              <p className="field__hint">{t('products.noList')}</p>
            ) : (
              listed.map((product) => (
                <label key={product.sku} className="choice">
                  <input
                    type="checkbox"
                    checked={picked.includes(product.sku)}
                    onChange={(event) => setPicked((current) => (event.target.checked ? [...current, product.sku] : current.filter((sku) => sku !== product.sku)))}
                  />
                  <span>
                    {product.name} <span className="muted">· {product.sku}</span>
                  </span>
                </label>
              ))
            )}
          </fieldset>
          <fieldset className="bare-fieldset">
            <legend className="field__label">{t('products.other')}</legend>
            <p className="field__hint">{t('products.otherHint')}</p>
            <ProductRowsEditor rows={free} onChange={setFree} errors={errors} serverErrors={serverRow && serverMessage ? { [serverRow]: serverMessage } : {}} urlLabel={t('products.url')} />
          </fieldset>
        </>
      )}
    </FormDialog>
  );
}
