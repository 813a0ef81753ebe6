import type { TFunction } from 'i18next';

/** One product being edited: a row of SKU, name and link (`key` keeps React's rows stable while reordering). */
export interface ProductRow {
  key: string;
  sku: string;
  name: string;
  url: string;
}

export interface ProductRowErrors {
  sku?: string;
  name?: string;
  url?: string;
}

/** The server's rule (products/dto/product-tag.input.ts): letters, digits and . _ - */
export const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

let nextKey = 0;
export const newRow = (product: { sku?: string; name?: string | null; url?: string | null } = {}): ProductRow => ({
  key: `row-${nextKey++}`,
  sku: product.sku ?? '',
  name: product.name ?? '',
  url: product.url ?? '',
});

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
  } catch {
    return false;
  }
}

/** What is wrong with each row, by key (empty when all can be sent); `taken` are SKUs used elsewhere in the same list. */
export function validateRows(t: TFunction, rows: readonly ProductRow[], taken: readonly string[] = []): Record<string, ProductRowErrors> {
  const errors: Record<string, ProductRowErrors> = {};
  const seen = new Set(taken);
  for (const row of rows) {
    const found: ProductRowErrors = {};
    const sku = row.sku.trim();
    if (!SKU_PATTERN.test(sku)) found.sku = t('products.errorSku');
    else if (seen.has(sku)) found.sku = t('products.errorDuplicate');
    seen.add(sku);
    if (!row.name.trim()) found.name = t('products.errorName');
    if (row.url.trim() && !isHttpUrl(row.url.trim())) found.url = t('products.errorUrl');
    if (Object.keys(found).length) errors[row.key] = found;
  }
  return errors;
}

/** A row as the API takes it. */
export const rowInput = (row: ProductRow) => ({ sku: row.sku.trim(), name: row.name.trim(), url: row.url.trim() || null });

/**
 * The server refuses a list with one message (field "products") that names the SKU at fault
 * when there is one: it is shown beside that row, else above the list.
 */
export function rowOfServerMessage(rows: readonly ProductRow[], message: string): string | null {
  const row = rows.find((candidate) => candidate.sku.trim() && new RegExp(`(^|[^A-Za-z0-9._-])${candidate.sku.trim().replace(/[.]/g, '\\.')}([^A-Za-z0-9._-]|$)`).test(message));
  return row?.key ?? null;
}
