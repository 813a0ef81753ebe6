import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useViewer } from '../../../lib/session/ViewerContext';
import { useLocale } from '../../../lib/useLocale';
import { MyWinsDocument } from '../api/myWins';

/** An ended campaign's main action: its results (where ShareStoryAction stands while it runs). */
export function ResultsLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Link to={paths.campaignResults(slug)} className="button button--primary button--large share-action results-link">
      {t('finale.seeResults')}
    </Link>
  );
}

/** "You won": the signed-in winner of a prize in this campaign, until they have claimed it. */
export function WinnerBanner({ campaign }: { campaign: { id: string; slug: string; status: string } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { viewer } = useViewer();
  const { data } = useQuery(MyWinsDocument, { skip: !viewer || campaign.status !== 'ENDED' });
  const win = data?.myWins.find((w) => w.story.campaign.id === campaign.id && w.status === 'NOTIFIED');
  if (!win) return null;
  return (
    <p className="notice notice--info winner-banner" role="status">
      {t('finale.youWon', { prize: win.prize.name })}{' '}
      {win.claimDeadline && t('finale.claimBy', { date: formatDateTime(win.claimDeadline, locale) })}{' '}
      <Link to={`${paths.campaignResults(campaign.slug)}#claim`} className="text-link">
        {t('finale.claimNow')}
      </Link>
    </p>
  );
}
