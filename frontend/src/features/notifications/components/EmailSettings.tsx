import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/CheckboxField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import type { NotificationKind } from '../../../gql/graphql';
import { notify } from '../../../lib/notices';
import { NotificationSettingsDocument } from '../api/notificationSettings';
import { useUpdateNotificationSettings } from '../useUpdateNotificationSettings';

/**
 * Which of the kinds that can be mailed also come by e-mail. Each tick saves at once (shown
 * before the server answers, undone with a message if it refuses).
 */
export function EmailSettings() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationSettingsDocument);
  const [update, saving] = useUpdateNotificationSettings();
  const settings = data?.notificationSettings;

  const toggle = (kind: NotificationKind, on: boolean) => {
    if (!settings) return;
    const emailKinds = on ? [...settings.emailKinds, kind] : settings.emailKinds.filter((other) => other !== kind);
    update({ emailKinds }, settings).then(
      () => notify('success', t('notifications.settings.saved'), 2500),
      () => undefined, // Shown below.
    );
  };

  return (
    <details className="card inbox-settings">
      <summary className="inbox-settings__summary">{t('notifications.settings.title')}</summary>
      <div className="stack stack--tight inbox-settings__body">
        <p className="field__hint">{t('notifications.settings.inboxGetsAll')}</p>
        {!settings && error && <ErrorNotice error={error} onRetry={() => void refetch()} compact />}
        {!settings && !error && <Loading lines={2} />}
        {settings && (
          <fieldset className="bare-fieldset stack stack--tight">
            <legend className="field__label">{t('notifications.settings.legend')}</legend>
            {settings.mailableKinds.map((kind) => (
              <CheckboxField key={kind} label={t(`notifications.kinds.${kind}`)} checked={settings.emailKinds.includes(kind)} onChange={(on) => toggle(kind, on)} />
            ))}
          </fieldset>
        )}
        {saving.error && <ErrorNotice error={saving.error} compact />}
      </div>
    </details>
  );
}
