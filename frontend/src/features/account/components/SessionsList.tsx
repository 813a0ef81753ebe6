import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { RelativeTime } from '../../../components/RelativeTime';
import { notify } from '../../../lib/notices';
import { LogoutOtherSessionsDocument } from '../api/logoutOtherSessions';
import { MySessionsDocument } from '../api/mySessions';

/** A browser's user agent in a few words: enough to recognise "my phone" from "someone else's laptop". */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = /(Edg|MicroMessenger|Firefox|Chrome|Safari)\/[\d.]+/.exec(userAgent)?.[1];
  const system = /(iPhone|iPad|Android|Windows|Mac OS X|Linux)/.exec(userAgent)?.[1];
  const names: Record<string, string> = { Edg: 'Edge', MicroMessenger: 'WeChat', 'Mac OS X': 'macOS' };
  const parts = [browser && (names[browser] ?? browser), system && (names[system] ?? system)].filter(Boolean);
  return parts.length ? parts.join(' · ') : userAgent.slice(0, 60);
}

/** Where the person is signed in, and a way to sign out everywhere else. */
export function SessionsList() {
  const { t } = useTranslation();
  const query = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [logoutOthers, logoutState] = useMutation(LogoutOtherSessionsDocument, {
    update: (cache) => cache.evict({ fieldName: 'mySessions' }),
  });
  const sessions = query.data?.mySessions ?? [];
  const others = sessions.filter((session) => !session.current).length;

  const signOutOthers = async () => {
    try {
      const { data } = await logoutOthers();
      notify('success', t('account.sessionsEnded', { count: data?.logoutOtherSessions ?? 0 }));
      await query.refetch();
    } catch {
      // Shown below.
    }
  };

  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="section-title">
        {t('account.sessionsTitle')}
      </h2>
      {query.loading && !query.data && <Loading />}
      {query.error && <ErrorNotice error={query.error} />}
      <ul className="stack" aria-label={t('account.sessionsTitle')}>
        {sessions.map((session) => (
          <li key={session.id} className="session-row">
            <strong>{describeUserAgent(session.userAgent) ?? t('account.unknownDevice')}</strong>
            {session.current && <span className="badge">{t('account.thisDevice')}</span>}
            <span className="muted">
              {t('account.lastActive')} <RelativeTime iso={session.lastSeenAt} />
            </span>
          </li>
        ))}
      </ul>
      {logoutState.error && <ErrorNotice error={logoutState.error} />}
      <button type="button" className="button" onClick={() => void signOutOthers()} disabled={logoutState.loading || others === 0}>
        {t('account.signOutOthers')}
      </button>
    </section>
  );
}
