import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import type { ProductRow, ProductRowErrors } from './productRows';
import { newRow } from './productRows';

interface ProductRowsEditorProps {
  rows: ProductRow[];
  onChange: (rows: ProductRow[]) => void;
  errors: Record<string, ProductRowErrors>;
  /** The server's message about one row, shown beside it. */
  serverErrors?: Record<string, string>;
  /** Up and down buttons (the campaign's list has an order; a story's free SKUs follow the list). */
  reorder?: boolean;
  /** Whether the link is optional (free SKUs) or simply a field (the campaign's list). */
  urlLabel: string;
}

/** Rows of SKU, name and link: add, remove and (optionally) move up and down, each row labelled for screen readers. */
export function ProductRowsEditor({ rows, onChange, errors, serverErrors = {}, reorder, urlLabel }: ProductRowsEditorProps) {
  const { t } = useTranslation();
  const set = (key: string, changes: Partial<ProductRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    onChange(next);
  };
  return (
    <div className="product-rows">
      {rows.length > 0 && (
        <ol className="product-rows__list">
          {rows.map((row, index) => {
            const label = row.sku.trim() || t('products.row', { n: index + 1 });
            return (
              <li key={row.key} className="product-row">
                <fieldset className="bare-fieldset product-row__fields">
                  <legend className="visually-hidden">{t('products.row', { n: index + 1 })}</legend>
                  <TextField label={t('products.sku')} value={row.sku} onChange={(sku) => set(row.key, { sku })} required error={errors[row.key]?.sku ?? serverErrors[row.key]} maxLength={64} autoComplete="off" />
                  <TextField label={t('products.name')} value={row.name} onChange={(name) => set(row.key, { name })} required error={errors[row.key]?.name} maxLength={120} />
                  <TextField label={urlLabel} type="url" inputMode="url" value={row.url} onChange={(url) => set(row.key, { url })} error={errors[row.key]?.url} maxLength={500} />
                </fieldset>
                <div className="cluster product-row__actions">
                  {reorder && (
                    <>
                      <button type="button" className="button button--small button--secondary" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('products.moveUp', { sku: label })}>
                        ↑
                      </button>
                      <button type="button" className="button button--small button--secondary" onClick={() => move(index, 1)} disabled={index === rows.length - 1} aria-label={t('products.moveDown', { sku: label })}>
                        ↓
                      </button>
                    </>
                  )}
                  <button type="button" className="text-button" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                    {t('products.remove', { sku: label })}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="button button--small button--secondary" onClick={() => onChange([...rows, newRow()])}>
        + {t('products.add')}
      </button>
    </div>
  );
}
