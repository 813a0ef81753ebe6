import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
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

/** What is being chosen: SKUs ticked from the campaign's list, and rows of other SKUs. */
interface Draft {
  picked: string[];
  free: ProductRow[];
}

/** The story's tags split into the listed ones (ticked) and the others (rows with their name and link). */
function draftFrom(story: ProductTagsDialogProps['story'], listed: readonly Product[]): Draft {
  const skus = new Set(listed.map((product) => product.sku));
  return {
    picked: story.products.filter((product) => skus.has(product.sku)).map((product) => product.sku),
    free: story.products.filter((product) => !skus.has(product.sku)).map((product) => newRow(product)),
  };
}

/**
 * Brand staff tag an APPROVED story with the products it shows: ticks from the campaign's product
 * list, and any other SKU with a name (link optional). Saving replaces the story's tags. Mount it
 * only while open: it starts from the story's tags.
 */
export function ProductTagsDialog({ open, onClose, story }: ProductTagsDialogProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const list = useQuery(CampaignProductsDocument, { variables: { id: story.campaignId }, skip: !open });
  const listed = list.data?.campaign?.products;
  const initial = useMemo(() => (listed ? draftFrom(story, listed) : null), [listed, story]);
  const [edited, setEdited] = useState<Draft | null>(null);
  const draft = edited ?? initial;
  const [errors, setErrors] = useState<Record<string, ProductRowErrors>>({});
  const [tag, { loading, error, reset }] = useMutation(TagProductsDocument);

  const serverMessage = error ? describe(error) : null;
  const serverRow = serverMessage && draft ? rowOfServerMessage(draft.free, serverMessage) : null;
  const change = (changes: Partial<Draft>) => draft && setEdited({ ...draft, ...changes });

  const close = () => {
    reset();
    onClose();
  };

  const save = () => {
    if (!draft || !listed) return;
    const found = validateRows(t, draft.free, draft.picked);
    setErrors(found);
    if (Object.keys(found).length) return;
    const products = [...listed.filter((p) => draft.picked.includes(p.sku)).map((p) => ({ sku: p.sku })), ...draft.free.map(rowInput)];
    void submitAndClose(() => tag({ variables: { storyId: story.id, products } }), t('products.saved'), close);
  };

  return (
    <FormDialog
      open={open}
      title={t('products.dialogTitle')}
      onClose={close}
      onSubmit={save}
      submitLabel={t('products.save')}
      submitDisabled={loading || !draft}
      noValidate
      error={list.error ?? (serverRow ? null : error)}
    >
      <p className="muted">{story.title}</p>
      {!draft || !listed ? (
        !list.error && <Loading lines={2} />
      ) : (
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
                    checked={draft.picked.includes(product.sku)}
                    onChange={(event) => change({ picked: event.target.checked ? [...draft.picked, product.sku] : draft.picked.filter((sku) => sku !== product.sku) })}
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
            <ProductRowsEditor
              rows={draft.free}
              onChange={(free) => change({ free })}
              errors={errors}
              serverErrors={serverRow && serverMessage ? { [serverRow]: serverMessage } : {}}
              urlLabel={t('products.url')}
            />
          </fieldset>
        </>
      )}
    </FormDialog>
  );
}
