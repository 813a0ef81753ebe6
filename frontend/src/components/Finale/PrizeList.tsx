import { useTranslation } from 'react-i18next';
import type { PrizeFieldsFragment } from '../../gql/graphql';

interface PrizeListProps {
  prizes: readonly PrizeFieldsFragment[];
}

/** The prizes of a campaign and how each is won, in the order the brand added them. */
export function PrizeList({ prizes }: PrizeListProps) {
  const { t } = useTranslation();
  if (!prizes.length) return null;
  return (
    <section className="card card--large prize-list" aria-labelledby="prizes-title">
      <h2 id="prizes-title" className="section-title">
        {t('finale.prizesTitle')}
      </h2>
      <ul className="stack stack--tight">
        {prizes.map((prize) => (
          <li key={prize.id} className="prize-list__item">
            <p className="prize-list__name">
              <strong>{prize.name}</strong> <span className="muted">× {prize.quantity}</span>
            </p>
            <p className="muted">{t(`finale.methodHint.${prize.method}`)}</p>
            {prize.description && <p>{prize.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
