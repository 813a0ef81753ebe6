import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { keepsScroll } from '../lib/keepScrollPosition';

/** Where the positions survive a reload (React Router's own key: positions saved before it took this over still count). */
const STORAGE_KEY = 'react-router-scroll-positions';

/** Each visited entry's scroll position, by its history key. */
let positions: Record<string, number> | null = null;

function savedPositions(): Record<string, number> {
  if (positions) return positions;
  try {
    positions = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    positions = {};
  }
  return positions;
}

/**
 * Scroll as a multi-page site would, which the browser cannot do for an app that draws its pages
 * itself: a new page opens at its top (or at the element its #hash names), Back and Forward
 * return to where the person was on that page, and a reload keeps the place. What React Router's
 * <ScrollRestoration> does for its data router, for the lighter declarative one (README, phone budget).
 */
export function ScrollRestoration() {
  const location = useLocation();
  const action = useNavigationType();
  /** The entry being shown, whose position the scroll listener keeps. */
  const shown = useRef(location.key);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    const remember = () => {
      savedPositions()[shown.current] = window.scrollY;
    };
    const save = () => {
      remember();
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(savedPositions()));
      } catch {
        // Storage full or refused: Back still works within this visit.
      }
      // Leaving the app: the browser's own restoration for whatever comes next.
      window.history.scrollRestoration = 'auto';
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', save);
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  // Before paint, once the new page is in the DOM (a lazy page's navigation commits when its code is in).
  useLayoutEffect(() => {
    shown.current = location.key;
    const saved = action === 'POP' ? savedPositions()[location.key] : undefined;
    if (saved !== undefined) {
      window.scrollTo(0, saved);
      return;
    }
    if (keepsScroll(location.state)) return;
    if (location.hash) {
      let target: HTMLElement | null = null;
      try {
        target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      } catch {
        // Not a decodable id: open at the top.
      }
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
    window.scrollTo(0, 0);
  }, [location, action]);

  return null;
}
