import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type ErrorOverrides } from './errors';
import { useViewer } from './session/ViewerContext';
import { useLocale } from './useLocale';

/**
 * describeError (errors.ts) bound to the reader's language and to who they are, so a
 * suspended person's refusal says until when. Components use this, not describeError.
 */
export function useDescribeError(): (error: unknown, overrides?: ErrorOverrides) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const suspendedUntil = useViewer().viewer?.suspendedUntil;
  return useCallback((error, overrides) => describeError(error, t, locale, overrides, { suspendedUntil }), [t, locale, suspendedUntil]);
}
