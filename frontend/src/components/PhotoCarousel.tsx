import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ChevronLeftIcon, ChevronRightIcon, ImageIcon } from './icons';

export interface CarouselPhoto {
  id: string;
  url: string | null;
  thumbnailUrl: string | null;
  width: number | null;
  height: number | null;
}

interface PhotoCarouselProps {
  photos: ReadonlyArray<CarouselPhoto>;
  /** What the photos show, used in each photo's alt text (the story title). */
  subject: string;
}

/**
 * Swipe through photos with native scroll-snap (smooth on phones, no gesture
 * library); tap one to see it large.
 */
export function PhotoCarousel({ photos, subject }: PhotoCarouselProps) {
  const { t } = useTranslation();
  const track = useRef<HTMLUListElement>(null);
  const [index, setIndex] = useState(0);
  const [enlarged, setEnlarged] = useState<number | null>(null);
  const total = photos.length;

  const scrollTo = useCallback((target: number) => {
    const element = track.current;
    if (!element) return;
    element.scrollTo({ left: target * element.clientWidth, behavior: 'smooth' });
  }, []);

  if (total === 0) return null;
  const altFor = (n: number) => t('photos.alt', { subject, n: n + 1, total });

  return (
    <div className="carousel" aria-roledescription={t('photos.carousel')} aria-label={subject}>
      <ul
        ref={track}
        className="carousel__track"
        onScroll={(event) => {
          const element = event.currentTarget;
          if (element.clientWidth > 0) setIndex(Math.round(element.scrollLeft / element.clientWidth));
        }}
      >
        {photos.map((photo, n) => (
          <li key={photo.id} className="carousel__slide" aria-label={t('photos.position', { n: n + 1, total })}>
            {photo.url ? (
              <button type="button" className="carousel__photo-button" onClick={() => setEnlarged(n)} aria-label={t('photos.enlarge', { n: n + 1, total })}>
                <img
                  className="carousel__photo"
                  src={photo.url}
                  alt={altFor(n)}
                  width={photo.width ?? undefined}
                  height={photo.height ?? undefined}
                  loading={n === 0 ? 'eager' : 'lazy'}
                />
              </button>
            ) : (
              <div className="carousel__processing" role="img" aria-label={t('photos.processing')}>
                <ImageIcon width={40} height={40} />
                <span>{t('photos.processing')}</span>
              </div>
            )}
          </li>
        ))}
      </ul>
      {total > 1 && (
        <div className="carousel__controls">
          <button type="button" className="icon-button" aria-label={t('photos.previous')} onClick={() => scrollTo(Math.max(0, index - 1))} disabled={index === 0}>
            <ChevronLeftIcon />
          </button>
          <span className="carousel__count" aria-live="polite">
            {t('photos.position', { n: index + 1, total })}
          </span>
          <button type="button" className="icon-button" aria-label={t('photos.next')} onClick={() => scrollTo(Math.min(total - 1, index + 1))} disabled={index === total - 1}>
            <ChevronRightIcon />
          </button>
        </div>
      )}
      <Lightbox photos={photos} start={enlarged} onClose={() => setEnlarged(null)} altFor={altFor} />
    </div>
  );
}

interface LightboxProps {
  photos: ReadonlyArray<CarouselPhoto>;
  start: number | null;
  onClose: () => void;
  altFor: (n: number) => string;
}

function Lightbox({ photos, start, onClose, altFor }: LightboxProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(start ?? 0);
  const swipeStart = useRef<number | null>(null);
  const total = photos.length;

  useEffect(() => {
    if (start !== null) setCurrent(start);
  }, [start]);

  // Arrow keys page through photos wherever focus sits in the open lightbox.
  useEffect(() => {
    if (start === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') setCurrent((value) => Math.min(total - 1, value + 1));
      if (event.key === 'ArrowLeft') setCurrent((value) => Math.max(0, value - 1));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [start, total]);

  const go = (delta: number) => setCurrent((value) => Math.min(total - 1, Math.max(0, value + delta)));
  const photo = photos[current];

  const onPointerUp = (event: ReactPointerEvent) => {
    if (swipeStart.current === null) return;
    const distance = event.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(distance) > 50) go(distance < 0 ? 1 : -1);
  };

  return (
    <Dialog open={start !== null} onClose={onClose} title={t('photos.position', { n: current + 1, total })} className="dialog--lightbox">
      <div
        className="lightbox"
        onPointerDown={(event) => {
          swipeStart.current = event.clientX;
        }}
        onPointerUp={onPointerUp}
      >
        {photo?.url && <img className="lightbox__photo" src={photo.url} alt={altFor(current)} />}
        {total > 1 && (
          <div className="lightbox__nav">
            <button type="button" className="icon-button icon-button--on-dark" aria-label={t('photos.previous')} onClick={() => go(-1)} disabled={current === 0}>
              <ChevronLeftIcon />
            </button>
            <button type="button" className="icon-button icon-button--on-dark" aria-label={t('photos.next')} onClick={() => go(1)} disabled={current === total - 1}>
              <ChevronRightIcon />
            </button>
          </div>
        )}
      </div>
    </Dialog>
  );
}
