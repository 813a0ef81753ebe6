import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareIcon } from '../icons';

// Opened by a click, and only where there is no share sheet: not part of the first download.
const ShareDialog = lazy(async () => ({ default: (await import('./ShareDialog')).ShareDialog }));

export interface ShareButtonProps {
  /** The server's shareUrl: absolute, carrying the signed-in sharer (?ref=). */
  url: string;
  title: string;
  /** The server's posterUrl: a PNG with the QR code of `url`. */
  posterUrl: string;
  /** For the poster's file name. */
  fileName: string;
}

/** Phones have a share sheet (WeChat, Weibo, messages…); a mouse-driven browser gets the dialog. */
function hasShareSheet(): boolean {
  return typeof navigator.share === 'function' && typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/**
 * Share a story or campaign: the system share sheet on phones; elsewhere a dialog to copy the
 * link, see the poster with its QR code (scan it with a phone) and download it for a chat group.
 */
export function ShareButton({ url, title, posterUrl, fileName }: ShareButtonProps) {
  const { t } = useTranslation();
  // null until first opened; then kept mounted, so closing it hands focus back to this button.
  const [open, setOpen] = useState<boolean | null>(null);

  const share = async () => {
    if (hasShareSheet()) {
      try {
        await navigator.share({ title, text: title, url });
        return;
      } catch (error) {
        // Closing the sheet is a choice, not a failure; anything else falls back to the dialog.
        if ((error as DOMException)?.name === 'AbortError') return;
      }
    }
    setOpen(true);
  };

  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={() => void share()}>
        <ShareIcon width={16} height={16} /> {t('share.action')}
      </button>
      {open !== null && (
        <Suspense fallback={null}>
          <ShareDialog open={open} url={url} title={title} posterUrl={posterUrl} fileName={fileName} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
