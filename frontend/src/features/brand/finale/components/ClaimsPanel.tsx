import { useTranslation } from 'react-i18next';
import type { FinaleResultsFieldsFragment } from '../../../../gql/graphql';
import { saveBlob } from '../../../../lib/download';
import { formatDateTime } from '../../../../lib/format';
import { useLocale } from '../../../../lib/useLocale';
import { claimsCsv, type ClaimRow } from '../claimsCsv';

/** Where to send each prize: readable by brand staff and admins only, erased 60 days after the claim. */
export function ClaimsPanel({ results, slug }: { results: FinaleResultsFieldsFragment; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: (ClaimRow & { id: string })[] = results.prizes.flatMap(({ prize, winners }) =>
    winners.flatMap((winner) =>
      winner.claim
        ? [
            {
              id: winner.id,
              prize: prize.name,
              place: winner.place,
              winner: winner.user.displayName,
              story: winner.story.title,
              recipientName: winner.claim.recipientName,
              phone: winner.claim.phone,
              address: winner.claim.address,
              claimedAt: winner.claim.claimedAt,
            },
          ]
        : [],
    ),
  );
  const waiting = results.prizes.flatMap((p) => p.winners).filter((w) => w.status === 'NOTIFIED').length;

  const download = () => {
    const header = {
      prize: t('finale.claims.prize'),
      place: t('finale.claims.place'),
      winner: t('finale.claims.winner'),
      story: t('finale.claims.story'),
      recipientName: t('finale.claim.name'),
      phone: t('finale.claim.phone'),
      address: t('finale.claim.address'),
      claimedAt: t('finale.claims.claimedAt'),
    };
    saveBlob(new Blob([claimsCsv(rows, header)], { type: 'text/csv;charset=utf-8' }), `${slug}-claims.csv`);
  };

  return (
    <section className="card stack claims-panel" aria-labelledby="claims-title">
      <div className="section-heading">
        <h2 id="claims-title" className="section-title">
          {t('finale.claims.title')}
        </h2>
        <button type="button" className="button button--secondary button--small" disabled={!rows.length} onClick={download}>
          {t('finale.claims.export')}
        </button>
      </div>
      <p className="muted">{t('finale.claims.hint', { count: waiting })}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('finale.claims.none')}</p>
      ) : (
        <div className="dashboard-table__scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('finale.claims.prize')}</th>
                <th scope="col">{t('finale.claims.winner')}</th>
                <th scope="col">{t('finale.claim.name')}</th>
                <th scope="col">{t('finale.claim.phone')}</th>
                <th scope="col">{t('finale.claim.address')}</th>
                <th scope="col">{t('finale.claims.claimedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    {row.prize} #{row.place}
                  </td>
                  <td>{row.winner}</td>
                  <td>{row.recipientName}</td>
                  <td>{row.phone}</td>
                  <td className="claims-panel__address">{row.address}</td>
                  <td>{formatDateTime(row.claimedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
