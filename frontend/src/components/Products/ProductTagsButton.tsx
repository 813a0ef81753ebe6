import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductTagsDialog } from './ProductTagsDialog';

interface ProductTagsButtonProps {
  story: { id: string; title: string; campaignId: string; products: readonly { sku: string; name: string | null; url: string | null }[] };
  className?: string;
}

/** "Products" for brand staff on an APPROVED story: opens the tagging dialog (mounted only while open, so it starts from the story's tags). */
export function ProductTagsButton({ story, className = 'button button--small button--secondary' }: ProductTagsButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('products.button')}
        {story.products.length > 0 && <span className="muted"> ({story.products.length})</span>}
        <span className="visually-hidden"> · {story.title}</span>
      </button>
      {open && <ProductTagsDialog open story={story} onClose={() => setOpen(false)} />}
    </>
  );
}
