import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageRightsFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notices';
import { useLocale } from '../../lib/useLocale';
import { Dialog } from '../Dialog';
import { ErrorNotice } from '../ErrorNotice';
import { SetUsageRightsDocument } from './setUsageRights';

interface UsageRightsControlProps {
  story: UsageRightsFieldsFragment & { title: string };
}

/** When consent last changed: the grant time, or the latest withdrawal from the history. */
function lastChange(story: UsageRightsFieldsFragment): string | null {
  if (story.usageRightsGranted) return story.usageRightsGrantedAt;
  const withdrawals = (story.usageRightsHistory ?? []).filter((event) => !event.granted);
  return withdrawals.length > 0 ? withdrawals[withdrawals.length - 1].at : null;
}

/**
 * The author's consent for the brand to reuse a story: where it stands and since when, with a
 * way to give or withdraw it (each change is recorded by the server with its time).
 */
export function UsageRightsControl({ story }: UsageRightsControlProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [setRights, { loading, error, reset }] = useMutation(SetUsageRightsDocument);
  const granted = story.usageRightsGranted;
  const since = lastChange(story);
  const history = story.usageRightsHistory ?? [];

  const close = () => {
    reset();
    setConfirming(false);
  };

  const confirm = async () => {
    try {
      await setRights({ variables: { storyId: story.id, granted: !granted } });
      notify('success', granted ? t('usageRights.withdrawn') : t('usageRights.granted'));
      setConfirming(false);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <div className={granted ? 'usage-rights usage-rights--granted' : 'usage-rights'}>
      <p className="usage-rights__state">
        <strong>{granted ? t('usageRights.stateGranted') : t('usageRights.stateNotGranted')}</strong>
        {since && (
          <span className="muted">
            {' · '}
            {granted
              ? t('usageRights.since', { date: formatDateTime(since, locale) })
              : t('usageRights.withdrawnOn', { date: formatDateTime(since, locale) })}
          </span>
        )}
      </p>
      <button type="button" className="text-button" onClick={() => setConfirming(true)}>
        {granted ? t('usageRights.withdraw') : t('usageRights.grant')}
        <span className="visually-hidden"> {story.title}</span>
      </button>
      {history.length > 1 && (
        <details className="usage-rights__history">
          <summary>{t('usageRights.history')}</summary>
          <ol>
            {history.map((event) => (
              <li key={`${event.at}-${event.granted}`}>
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time> —{' '}
                {event.granted ? t('usageRights.eventGranted') : t('usageRights.eventWithdrawn')}
              </li>
            ))}
          </ol>
        </details>
      )}
      <Dialog open={confirming} onClose={close} title={granted ? t('usageRights.withdrawTitle') : t('usageRights.grantTitle')}>
        <p>{granted ? t('usageRights.withdrawText') : t('submit.consentDetails')}</p>
        {error && <ErrorNotice error={error} compact />}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className={granted ? 'button button--danger' : 'button button--primary'} onClick={() => void confirm()} disabled={loading}>
            {granted ? t('usageRights.withdrawConfirm') : t('usageRights.grantConfirm')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
