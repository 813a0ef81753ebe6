import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../lib/notices';
import { Dialog } from '../Dialog';
import { DownloadIcon, ShareIcon } from '../icons';

interface ShareButtonProps {
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
  const [open, setOpen] = useState(false);
  const linkId = useId();

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

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify('success', t('share.copied'));
    } catch {
      notify('error', t('share.copyFailed'));
    }
  };

  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={() => void share()}>
        <ShareIcon width={16} height={16} /> {t('share.action')}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('share.title')} className="share-dialog">
        <div className="stack">
          <div className="field">
            <label className="field__label" htmlFor={linkId}>
              {t('share.link')}
            </label>
            <span className="cluster share-dialog__link">
              <input id={linkId} className="field__control" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" className="button button--primary button--small" onClick={() => void copy()}>
                {t('share.copy')}
              </button>
            </span>
          </div>
          <figure className="share-dialog__poster">
            <img src={posterUrl} alt={t('share.posterAlt', { title })} width={270} height={360} loading="lazy" />
            <figcaption className="muted">{t('share.scanHint')}</figcaption>
          </figure>
          <a className="button button--ghost" href={posterUrl} download={`${fileName}.png`}>
            <DownloadIcon width={16} height={16} /> {t('share.downloadPoster')}
          </a>
        </div>
      </Dialog>
    </>
  );
}
