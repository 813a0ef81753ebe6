import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignResultsFieldsFragment } from '../../gql/graphql';
import { saveBlob } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useLocale } from '../../lib/useLocale';
import { Avatar } from '../Avatar';
import { VERIFY_COMMAND, verificationFile } from './drawProof';

type PrizeResult = CampaignResultsFieldsFragment['prizes'][number];
export type ResultWinner = PrizeResult['winners'][number];

const STATUS_BADGE: Record<ResultWinner['status'], string> = {
  NOTIFIED: 'badge--pending',
  CLAIMED: 'badge--approved',
  FORFEITED: 'badge--removed',
  RESERVE: 'badge--role',
};

interface PrizeResultsProps {
  results: CampaignResultsFieldsFragment;
  /** Extra controls per winner (the brand console's disqualify, the winner's claim). */
  winnerActions?: (winner: ResultWinner, prize: PrizeResult) => ReactNode;
}

/** Every prize with its winners and reserves in place order, its method, and for draws the proof. */
export function PrizeResults({ results, winnerActions }: PrizeResultsProps) {
  const { t } = useTranslation();
  return (
    <ul className="stack stack--loose prize-results">
      {results.prizes.map((result) => (
        <li key={result.prize.id} className="card card--large stack prize-result">
          <div className="stack stack--tight">
            <h2 className="section-title">
              {result.prize.name} <span className="muted">× {result.prize.quantity}</span>
            </h2>
            <p className="muted">
              <span className="badge">{t(`finale.method.${result.prize.method}`)}</span> {t(`finale.methodHint.${result.prize.method}`)}
            </p>
            {result.prize.description && <p>{result.prize.description}</p>}
          </div>
          {result.winners.length + result.withdrawnPlaces.length === 0 ? (
            <p className="muted">{t('finale.noWinners')}</p>
          ) : (
            <ol className="stack stack--tight prize-result__winners">
              {[
                ...result.winners.map((winner) => ({ place: winner.place, row: <WinnerRow key={winner.id} winner={winner} actions={winnerActions?.(winner, result)} /> })),
                // A place whose story is gone stays, so the places after it keep their numbers.
                ...result.withdrawnPlaces.map((gone) => ({
                  place: gone.place,
                  row: (
                    <li key={`withdrawn-${gone.place}`} className="prize-result__winner">
                      <span className="prize-result__place" aria-label={t('finale.place', { place: gone.place })}>
                        {gone.place}
                      </span>
                      <span aria-hidden="true" />
                      <p className="muted prize-result__who">{t(gone.deletedAccount ? 'finale.deletedAccount' : 'finale.withdrawn')}</p>
                    </li>
                  ),
                })),
              ]
                .sort((a, b) => a.place - b.place)
                .map((entry) => entry.row)}
            </ol>
          )}
          {result.proof && <DrawProofDetails result={result} proof={result.proof} />}
        </li>
      ))}
    </ul>
  );
}

function WinnerRow({ winner, actions }: { winner: ResultWinner; actions?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="prize-result__winner">
      <span className="prize-result__place" aria-label={t('finale.place', { place: winner.place })}>
        {winner.place}
      </span>
      <Avatar name={winner.user.displayName} url={winner.user.avatarUrl} size="small" />
      <div className="stack stack--tight prize-result__who">
        <p>
          <strong>{winner.user.displayName}</strong> · <Link to={paths.story(winner.story.id)} className="text-link">{winner.story.title}</Link>
        </p>
        <p className="cluster">
          <span className={`badge ${STATUS_BADGE[winner.status]}`}>{t(`finale.status.${winner.status}`)}</span>
          {winner.status === 'NOTIFIED' && winner.claimDeadline && (
            <span className="muted">{t('finale.claimBy', { date: formatDateTime(winner.claimDeadline, locale) })}</span>
          )}
        </p>
      </div>
      {actions && <div className="prize-result__actions">{actions}</div>}
    </li>
  );
}

function DrawProofDetails({ result, proof }: { result: PrizeResult; proof: NonNullable<PrizeResult['proof']> }) {
  const { t } = useTranslation();
  const file = verificationFile({ proof, winners: result.winners });
  return (
    <details className="draw-proof" data-testid="draw-proof">
      <summary>{t('finale.proof.title')}</summary>
      <dl className="draw-proof__facts">
        <dt>{t('finale.proof.commitment')}</dt>
        <dd>
          <code>{proof.commitment}</code>
        </dd>
        <dt>{t('finale.proof.seed')}</dt>
        <dd>{proof.seed ? <code>{proof.seed}</code> : <span className="muted">{t('finale.proof.seedHidden')}</span>}</dd>
        <dt>{t('finale.proof.entrantsHash')}</dt>
        <dd>{proof.entrantsHash ? <code>{proof.entrantsHash}</code> : <span className="muted">{t('finale.proof.notDrawn')}</span>}</dd>
        {proof.entrants && (
          <>
            <dt>{t('finale.proof.entrants')}</dt>
            <dd>{t('finale.proof.entrantCount', { count: proof.entrants.length })}</dd>
          </>
        )}
      </dl>
      <p>{t('finale.proof.why')}</p>
      <ol className="draw-proof__steps">
        <li>{t('finale.proof.step1')}</li>
        <li>{t('finale.proof.step2')}</li>
        <li>{t('finale.proof.step3')}</li>
      </ol>
      {file && (
        <div className="stack stack--tight">
          <p>{t('finale.proof.howToCheck')}</p>
          <pre className="draw-proof__command">
            <code>{VERIFY_COMMAND}</code>
          </pre>
          <p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => saveBlob(new Blob([file], { type: 'application/json' }), 'proof.json')}
            >
              {t('finale.proof.download')}
            </button>
          </p>
        </div>
      )}
    </details>
  );
}
