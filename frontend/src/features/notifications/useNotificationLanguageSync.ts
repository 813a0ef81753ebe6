import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppLanguage, type AppLanguage } from '../../i18n';
import { forgetInbox } from './notificationsCache';
import { useUpdateNotificationSettings } from './useUpdateNotificationSettings';

/**
 * Notifications and mails are written on the server in the language it holds for the person, so
 * it follows the app's: once after sign-in if they differ, and on every switch. The inbox is then
 * read again, since the server rewrites every title in the new language. Mounted by the bell,
 * which is in the header whenever someone is signed in and reads `serverLanguage` with its count.
 */
export function useNotificationLanguageSync(serverLanguage: string | undefined): void {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const [update] = useUpdateNotificationSettings();
  const checked = useRef(false);
  // The effects below subscribe once; this always holds the current mutation and client.
  const syncLanguage = useRef<(language: AppLanguage) => void>(() => undefined);
  syncLanguage.current = (language) => {
    update({ language })
      .then(() => forgetInbox(client.cache))
      // The next switch or sign-in tries again; the app itself is already in the new language.
      .catch(() => undefined);
  };

  // Once the server's language is known: the app's wins (it is what the person reads).
  useEffect(() => {
    if (!serverLanguage || checked.current) return;
    checked.current = true;
    const appLanguage = toAppLanguage(i18n.language);
    if (serverLanguage !== appLanguage) syncLanguage.current(appLanguage);
  }, [serverLanguage, i18n]);

  useEffect(() => {
    const onChange = (language: string) => syncLanguage.current(toAppLanguage(language));
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
}
