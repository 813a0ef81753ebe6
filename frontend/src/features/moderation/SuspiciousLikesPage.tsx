import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormDialog } from '../../components/FormDialog';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notices';
import { useLocale } from '../../lib/useLocale';
import { ModerationCampaignsDocument } from './api/moderationCampaigns';
import { SuspiciousLikesDocument } from './api/suspiciousLikes';
import { VoidLikesDocument } from './api/voidLikes';

/** Whose likes the dialog voids: one account (named) or a whole group. */
interface VoidTarget {
  label: string | null;
  userIds: string[];
}

/**
 * Signals of like rings in one campaign: likers whose accounts were made in the same hour, and
 * how many of them liked three stories or fewer. Voiding takes their likes out of every live
 * count, board and draft at once (final results and frozen boards keep theirs).
 */
export function SuspiciousLikesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectId = useId();
  const campaigns = useQuery(ModerationCampaignsDocument);
  const [chosen, setChosen] = useState('');
  const campaignId = chosen || campaigns.data?.campaigns.nodes[0]?.id || '';
  const groups = useQuery(SuspiciousLikesDocument, { variables: { campaignId }, skip: !campaignId, fetchPolicy: 'cache-and-network' });
  const [voiding, setVoiding] = useState<VoidTarget | null>(null);

  return (
    <section aria-labelledby="likes-title" className="stack">
      <h1 id="likes-title" className="page-title">
        {t('finale.likes.title')}
      </h1>
      <p className="page-intro">{t('finale.likes.intro')}</p>
      <div className="field field--inline">
        <label htmlFor={selectId} className="field__label">
          {t('moderation.campaignFilter')}
        </label>
        <select id={selectId} className="field__control" value={campaignId} onChange={(event) => setChosen(event.target.value)}>
          {campaigns.data?.campaigns.nodes.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.title}
            </option>
          ))}
        </select>
      </div>
      {groups.error && !groups.data && <ErrorNotice error={groups.error} onRetry={() => void groups.refetch()} />}
      {!groups.data && !groups.error && <Loading lines={4} />}
      {groups.data && groups.data.suspiciousLikes.length === 0 && <EmptyState title={t('finale.likes.none')} />}
      {groups.data && groups.data.suspiciousLikes.length > 0 && (
        <ul className="stack suspicious-likes">
          {groups.data.suspiciousLikes.map((group) => (
            <li key={`${group.signal}:${group.createdHour ?? group.userIds[0]}`} className="card stack stack--tight">
              <p>
                <strong>
                  {group.signal === 'SAME_HOUR' && group.createdHour
                    ? t('finale.likes.createdHour', { date: formatDateTime(group.createdHour, locale) })
                    : t('finale.likes.sameClient')}
                </strong>
              </p>
              <p>{t('finale.likes.facts', { accounts: group.accounts, likes: group.likes, narrow: group.narrowAccounts })}</p>
              {group.someVoided && <p className="muted">{t('finale.likes.someVoided')}</p>}
              <details>
                <summary>{t('finale.likes.accounts', { count: group.users.length })}</summary>
                <ul className="suspicious-likes__ids">
                  {group.users.map((account) => (
                    <li key={account.id} className="cluster">
                      <span>{account.displayName}</span>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() => setVoiding({ label: account.displayName, userIds: [account.id] })}
                      >
                        {t('finale.likes.voidOne')}
                        <span className="visually-hidden"> {account.displayName}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
              <p>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => setVoiding({ label: null, userIds: group.users.map((account) => account.id) })}
                >
                  {t('finale.likes.void', { count: group.users.length })}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <VoidDialog target={voiding} onClose={() => setVoiding(null)} onDone={() => void groups.refetch()} />
    </section>
  );
}

function VoidDialog({ target, onClose, onDone }: { target: VoidTarget | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [voidLikes, { loading, error, reset }] = useMutation(VoidLikesDocument);
  const close = () => {
    setReason('');
    reset();
    onClose();
  };
  const run = async () => {
    let total = 0;
    try {
      // One account at a time: each void is its own logged, transactional decision.
      for (const userId of target?.userIds ?? []) {
        const { data } = await voidLikes({ variables: { userId, reason: reason.trim() } });
        total += data?.voidLikesOf ?? 0;
      }
    } catch {
      // Shown in the dialog via `error`; the accounts voided so far stay voided.
      onDone();
      return;
    }
    notify('success', t('finale.likes.voided', { count: total }));
    onDone();
    close();
  };
  return (
    <FormDialog
      open={!!target}
      title={target?.label ? t('finale.likes.voidOneTitle', { name: target.label }) : t('finale.likes.voidTitle', { count: target?.userIds.length ?? 0 })}
      onClose={close}
      submitLabel={t('finale.likes.voidConfirm')}
      tone="danger"
      submitDisabled={loading || !reason.trim()}
      error={error}
      onSubmit={() => void run()}
    >
      <p>{t('finale.likes.voidHint')}</p>
      <TextField label={t('finale.console.reason')} value={reason} onChange={setReason} required multiline rows={3} maxChars={1000} />
    </FormDialog>
  );
}
