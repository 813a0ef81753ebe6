import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CompactNumber } from './CompactNumber';
import { CommentIcon, HeartIcon } from './icons';

interface EngagementCountsProps {
  likes: number;
  comments: number;
  iconSize?: number;
}

/** An icon and a number, read out as a sentence ("1,234 likes"). */
function Count({ label, icon, value }: { label: string; icon: ReactNode; value: number }) {
  return (
    <span className="count">
      <span className="visually-hidden">{label}</span>
      <span className="count__shown" aria-hidden="true">
        {icon} <CompactNumber value={value} />
      </span>
    </span>
  );
}

/** "♥ 1.2k 💬 8" under a story: its likes and comments. */
export function EngagementCounts({ likes, comments, iconSize = 16 }: EngagementCountsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Count label={t('story.likesLabel', { count: likes })} icon={<HeartIcon width={iconSize} height={iconSize} />} value={likes} />
      <Count label={t('story.commentsLabel', { count: comments })} icon={<CommentIcon width={iconSize} height={iconSize} />} value={comments} />
    </>
  );
}
