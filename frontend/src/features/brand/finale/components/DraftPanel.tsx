import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { PrizeResults, type ResultWinner } from '../../../../components/Finale/PrizeResults';
import { FormDialog, submitAndClose } from '../../../../components/FormDialog';
import { TextField } from '../../../../components/TextField';
import type { FinaleResultsFieldsFragment } from '../../../../gql/graphql';
import { formatDateTime } from '../../../../lib/format';
import { notify } from '../../../../lib/notices';
import { useLocale } from '../../../../lib/useLocale';
import { DisqualifyWinnerDocument } from '../api/disqualifyWinner';
import { DrawWinnersDocument } from '../api/drawWinners';
import { FinalizeResultsDocument } from '../api/finalizeResults';

interface DraftPanelProps {
  campaignId: string;
  ended: boolean;
  results: FinaleResultsFieldsFragment;
  /** Puts the results a mutation returned where the console reads them. */
  onResults: (results: FinaleResultsFieldsFragment) => void;
}

/** Draw (and redraw) a draft, review it, take winners out, and publish it for good. */
export function DraftPanel({ campaignId, ended, results, onResults }: DraftPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const final = !!results.finalizedAt;
  const drawn = results.prizes.some((prize) => prize.winners.length > 0);
  const [confirming, setConfirming] = useState(false);
  const [disqualifying, setDisqualifying] = useState<ResultWinner | null>(null);
  const [draw, drawState] = useMutation(DrawWinnersDocument);
  const [finalize, finalizeState] = useMutation(FinalizeResultsDocument);

  const redraw = async () => {
    try {
      const { data } = await draw({ variables: { campaignId } });
      if (data) onResults(data.drawWinners);
      notify('success', t('finale.console.drawn'));
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <section className="stack draft-panel" aria-labelledby="draft-title">
      <div className="section-heading">
        <h2 id="draft-title" className="section-title">
          {final ? t('finale.console.finalTitle') : t('finale.console.draftTitle')}
        </h2>
        {!final && (
          <div className="cluster">
            <button type="button" className="button button--secondary" disabled={!ended || drawState.loading} onClick={() => void redraw()}>
              {drawn ? t('finale.console.redraw') : t('finale.console.draw')}
            </button>
            <button type="button" className="button button--primary" disabled={!drawn} onClick={() => setConfirming(true)}>
              {t('finale.console.finalize')}
            </button>
          </div>
        )}
      </div>
      {final ? (
        <p>{t('finale.finalizedAt', { date: formatDateTime(results.finalizedAt!, locale) })}</p>
      ) : (
        <p className="muted">{ended ? t('finale.console.draftHint') : t('finale.console.notEndedHint')}</p>
      )}
      {!!drawState.error && <ErrorNotice error={drawState.error} compact />}
      <p className="muted">{t('finale.voidedLikes', { count: results.voidedLikeCount })}</p>
      <PrizeResults
        results={results}
        winnerActions={(winner) =>
          winner.status === 'NOTIFIED' ? (
            <p>
              <button type="button" className="button button--ghost button--small" onClick={() => setDisqualifying(winner)}>
                {t('finale.console.disqualify')}
                <span className="visually-hidden"> {winner.user.displayName}</span>
              </button>
            </p>
          ) : null
        }
      />
      <FormDialog
        open={confirming}
        title={t('finale.console.finalizeTitle')}
        onClose={() => setConfirming(false)}
        submitLabel={t('finale.console.finalizeConfirm')}
        tone="danger"
        submitDisabled={finalizeState.loading}
        error={finalizeState.error}
        onSubmit={() =>
          void submitAndClose(
            async () => {
              const { data } = await finalize({ variables: { campaignId } });
              if (data) onResults(data.finalizeResults);
            },
            t('finale.console.finalized'),
            () => setConfirming(false),
          )
        }
      >
        <p>{t('finale.console.finalizeWarning')}</p>
      </FormDialog>
      <DisqualifyDialog winner={disqualifying} onClose={() => setDisqualifying(null)} onResults={onResults} />
    </section>
  );
}

function DisqualifyDialog({
  winner,
  onClose,
  onResults,
}: {
  winner: ResultWinner | null;
  onClose: () => void;
  onResults: (results: FinaleResultsFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [disqualify, { loading, error, reset }] = useMutation(DisqualifyWinnerDocument);
  const close = () => {
    setReason('');
    reset();
    onClose();
  };
  return (
    <FormDialog
      open={!!winner}
      title={t('finale.console.disqualifyTitle', { name: winner?.user.displayName ?? '' })}
      onClose={close}
      submitLabel={t('finale.console.disqualify')}
      tone="danger"
      submitDisabled={loading || !reason.trim()}
      error={error}
      onSubmit={() =>
        winner &&
        void submitAndClose(
          async () => {
            const { data } = await disqualify({ variables: { winnerId: winner.id, reason: reason.trim() } });
            if (data) onResults(data.disqualifyWinner);
          },
          t('finale.console.disqualified'),
          close,
        )
      }
    >
      <p>{t('finale.console.disqualifyHint')}</p>
      <TextField label={t('finale.console.reason')} value={reason} onChange={setReason} required multiline rows={3} maxChars={1000} />
    </FormDialog>
  );
}
