import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyPointsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useLocale } from '../../../lib/useLocale';

type Entry = MyPointsQuery['myPoints']['nodes'][number];

const KNOWN_REASONS = [
  'STORY_APPROVED', 'STORY_APPROVED_REVERSED', 'STORY_FEATURED', 'STORY_FEATURED_REVERSED',
  'PRIZE_WON', 'PRIZE_WON_REVERSED', 'LIKES_RECEIVED', 'LIKES_RECEIVED_REVERSED',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
const isKnown = (reason: string): reason is KnownReason => (KNOWN_REASONS as readonly string[]).includes(reason);

/** One change: why in plain words, what for (the story, or the day's likes), +/− and when. */
export function PointsEntryItem({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reason = isKnown(entry.reason) ? t(`points.reasons.${entry.reason}`) : t('points.reasons.OTHER');
  const signed = entry.amount > 0 ? `+${entry.amount}` : `−${Math.abs(entry.amount)}`;
  return (
    <article className="card points-entry" data-testid="points-entry">
      <div className="points-entry__text">
        <p className="points-entry__reason">{reason}</p>
        <p className="muted points-entry__detail">
          {entry.story ? (
            <Link to={paths.story(entry.story.id)} className="text-link">
              {entry.story.title}
            </Link>
          ) : entry.day ? (
            t('points.likesOn', { date: formatDate(`${entry.day}T12:00:00`, locale) })
          ) : null}
          {entry.campaign && <span> · {entry.campaign.title}</span>}
        </p>
        <p className="muted points-entry__date">
          <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, locale)}</time>
        </p>
      </div>
      <p className={`points-entry__amount ${entry.amount > 0 ? 'points-entry__amount--plus' : 'points-entry__amount--minus'}`}>
        <span className="visually-hidden">{entry.amount > 0 ? t('points.gained') : t('points.lost')} </span>
        {signed}
      </p>
    </article>
  );
}
