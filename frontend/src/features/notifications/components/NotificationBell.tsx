import { lazy, Suspense } from 'react';
import { useViewer } from '../../../lib/session/ViewerContext';

// The bell's workings (its query, the live subscription, the toast) are only for someone signed
// in: a chunk of their own, not part of a visitor's first download (README, phone budget).
const SignedInBell = lazy(async () => ({ default: (await import('./SignedInBell')).SignedInBell }));

/** The header's bell, for whoever is signed in (keyed by who, so a new sign-in starts afresh). */
export function NotificationBell() {
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Suspense fallback={null}>
      <SignedInBell key={viewer.id} />
    </Suspense>
  );
}
