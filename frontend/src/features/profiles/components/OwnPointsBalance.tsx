import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { MyPointsBalanceDocument } from '../api/myPointsBalance';

/** On one's own profile only: the member points balance, linking to its history. */
export function OwnPointsBalance() {
  const { t } = useTranslation();
  const { data } = useQuery(MyPointsBalanceDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  return (
    <span>
      <Link to={paths.points()} className="text-link">
        {t('points.balanceLabel')}: {data.myPoints.balance}
      </Link>
    </span>
  );
}
