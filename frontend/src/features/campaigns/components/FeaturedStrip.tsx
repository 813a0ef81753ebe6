import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LazyFeatureToggle } from '../../../components/FeatureToggle/LazyFeatureToggle';
import { NextPage } from '../../../components/PagedList';
import { StoryCard } from '../../../components/StoryCard/StoryCard';
import { paths } from '../../../lib/paths';
import { canManageCampaigns } from '../../../lib/session/roles';
import { useViewer } from '../../../lib/session/ViewerContext';
import { FeaturedStoriesDocument } from '../api/featuredStories';

const PAGE_SIZE = 8;

/** The brands' picks across campaigns on the home page; nothing at all while there are none. */
export function FeaturedStrip() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const query = useQuery(FeaturedStoriesDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const featured = query.data?.featuredStories;
  if (!featured || featured.nodes.length === 0) return null;
  return (
    <section className="featured-strip" aria-labelledby="featured-title">
      <div className="section-heading">
        <h2 id="featured-title" className="section-title">
          {t('home.featured')}
        </h2>
      </div>
      <ul className="featured-strip__list">
        {featured.nodes.map((story) => (
          <li key={story.id}>
            <StoryCard
              story={story}
              context={
                <Link to={`${paths.campaign(story.campaign.slug)}?sort=FEATURED`}>
                  {story.campaign.title}
                </Link>
              }
              actions={canManageCampaigns(viewer) ? <LazyFeatureToggle storyId={story.id} featured={story.featured} title={story.title} /> : undefined}
            />
          </li>
        ))}
      </ul>
      <NextPage page={featured} query={query} />
    </section>
  );
}
