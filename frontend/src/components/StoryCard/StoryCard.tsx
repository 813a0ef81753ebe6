import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoryCardFieldsFragment } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { responsiveImage } from '../../lib/photos/responsiveImage';
import { Avatar } from '../Avatar';
import { EngagementCounts } from '../EngagementCounts';
import { ImageIcon, StarIcon } from '../icons';

/** How wide a card is drawn: two columns on phones, three from 600 px, at most ~370 px in the 1160 px page. */
const CARD_SIZES = '(min-width: 1100px) 370px, (min-width: 600px) 31vw, 48vw';

interface StoryCardProps {
  story: StoryCardFieldsFragment;
  /** Extra controls (e.g. feature toggle) kept outside the card link so they stay separate buttons. */
  actions?: ReactNode;
  /** A line about where the story comes from (e.g. its campaign), outside the card link. */
  context?: ReactNode;
  /** A short line under the counts, e.g. that an ended campaign's results no longer change. */
  note?: string;
  /** The first cards of a feed are above the fold: fetch their photos at once. */
  eager?: boolean;
}

export function StoryCard({ story, actions, context, note, eager = false }: StoryCardProps) {
  const { t } = useTranslation();
  const cover = story.photos.find((photo) => photo.thumbnailUrl || photo.url);
  const image = cover ? responsiveImage(cover) : null;
  return (
    <article className="card story-card">
      <Link to={paths.story(story.id)} className="story-card__link">
        <div className="story-card__media">
          {image ? (
            <img
              src={image.src}
              srcSet={image.srcSet}
              sizes={image.srcSet ? CARD_SIZES : undefined}
              width={image.width}
              height={image.height}
              alt={t('photos.cover', { subject: story.title })}
              loading={eager ? 'eager' : 'lazy'}
              decoding="async"
            />
          ) : (
            <div className="story-card__placeholder" aria-hidden="true">
              <ImageIcon width={32} height={32} />
            </div>
          )}
          {story.featured && (
            <span className="story-card__featured">
              <StarIcon filled width={14} height={14} /> {t('story.featured')}
            </span>
          )}
          {story.photos.length > 1 && (
            <span className="story-card__count">{t('photos.countShort', { count: story.photos.length })}</span>
          )}
        </div>
        <h3 className="story-card__title">{story.title}</h3>
      </Link>
      {context && <p className="story-card__context">{context}</p>}
      <div className="story-card__meta">
        <Link to={paths.profile(story.author.id)} className="story-card__author">
          <Avatar name={story.author.displayName} url={story.author.avatarUrl} />
          <span className="story-card__author-name">{story.author.displayName}</span>
        </Link>
        <span className="story-card__stats">
          <EngagementCounts likes={story.likeCount} comments={story.commentCount} />
        </span>
      </div>
      {note && <p className="story-card__final">{note}</p>}
      {actions && <div className="story-card__actions">{actions}</div>}
    </article>
  );
}
