import { useTranslation } from 'react-i18next';

interface ProductChipsProps {
  products: readonly { sku: string; name: string | null; url: string | null }[];
}

/** The products brand staff tagged in a story, as small chips; those with a link open the shop in a new tab. */
export function ProductChips({ products }: ProductChipsProps) {
  const { t } = useTranslation();
  if (products.length === 0) return null;
  return (
    <ul className="product-chips" aria-label={t('products.tagged')}>
      {products.map((product) => (
        <li key={product.sku}>
          {product.url ? (
            <a className="product-chip" href={product.url} target="_blank" rel="noopener noreferrer">
              {product.name ?? product.sku}
            </a>
          ) : (
            <span className="product-chip">{product.name ?? product.sku}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
