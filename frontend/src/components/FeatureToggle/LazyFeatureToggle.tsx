import { lazy, Suspense, type ComponentProps } from 'react';

const Toggle = lazy(async () => ({ default: (await import('./FeatureToggle')).FeatureToggle }));

/**
 * The feature button for brand staff on pages everyone opens (the campaign feed, the home page):
 * its code (the note dialog, the mutations) downloads only when it is shown, so it is not part of
 * a customer's first download (README, phone budget). The button appears once it is in.
 */
export function LazyFeatureToggle(props: ComponentProps<typeof Toggle>) {
  return (
    <Suspense fallback={null}>
      <Toggle {...props} />
    </Suspense>
  );
}
