import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UsageRightsFieldsFragment, UsageScope } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notices';
import { useLocale } from '../../lib/useLocale';
import { ScopeChoices } from './ScopeChoices';
import { SetUsageScopesDocument } from './setUsageRights';
import { describeScopes, reuseScopesOf } from './usageScopes';

interface UsageRightsControlProps {
  story: UsageRightsFieldsFragment & { title: string };
}

/**
 * The author's consent for the brand to reuse a story, scope by scope: each box changes at once
 * (optimistically; the server records the change with its time and it shows in the history), and
 * a failed change is put back with a notice.
 */
export function UsageRightsControl({ story }: UsageRightsControlProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [setScopes] = useMutation(SetUsageScopesDocument);
  const granted = reuseScopesOf(story.usageScopes ?? []);
  const history = story.usageRightsHistory ?? [];

  const toggle = async (scope: UsageScope, on: boolean) => {
    const next = reuseScopesOf(on ? [...granted, scope] : granted.filter((s) => s !== scope));
    const now = new Date().toISOString();
    try {
      await setScopes({
        variables: { storyId: story.id, scopes: next },
        optimisticResponse: {
          setUsageScopes: {
            __typename: 'Story',
            id: story.id,
            usageRightsGranted: next.length > 0,
            usageRightsGrantedAt: next.length > 0 ? (story.usageRightsGrantedAt ?? now) : null,
            usageScopes: ['COMMUNITY', ...next],
            usageRightsHistory: [...history, { __typename: 'UsageRightsEvent', at: now, granted: next.length > 0, scopes: ['COMMUNITY', ...next] }],
          },
        },
      });
      notify('success', t('usageScopes.saved', { scopes: describeScopes(t, next) }));
    } catch {
      // Apollo drops the optimistic answer on error, so the boxes are back as they were.
      notify('error', t('usageScopes.saveFailed'));
    }
  };

  return (
    <div className={granted.length ? 'usage-rights usage-rights--granted' : 'usage-rights'}>
      <ScopeChoices
        legend={
          <>
            {t('usageScopes.controlTitle')}
            <span className="visually-hidden"> · {story.title}</span>
          </>
        }
        value={granted}
        onToggle={(scope, on) => void toggle(scope, on)}
      />
      <p className="field__hint">{t('usageScopes.withdrawalNote')}</p>
      {history.length > 0 && (
        <details className="usage-rights__history">
          <summary>{t('usageScopes.history')}</summary>
          <ol>
            {history.map((event, index) => (
              <li key={`${event.at}-${index}`}>
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time> — {t('usageScopes.historyEntry', { scopes: describeScopes(t, event.scopes ?? []) })}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
