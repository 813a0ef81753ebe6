import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FeatureToggle } from '../../../components/FeatureToggle/FeatureToggle';
import { StoryCard } from '../../../components/StoryCard/StoryCard';
import { paths } from '../../../lib/paths';
import { canManageCampaigns } from '../../../lib/session/roles';
import { useViewer } from '../../../lib/session/ViewerContext';
import { FeaturedStoriesDocument } from '../api/featuredStories';

interface FeaturedStripProps {
  campaign: { id: string; slug: string; title: string };
}

/** A campaign's featured stories on the home page; nothing at all when there are none yet. */
export function FeaturedStrip({ campaign }: FeaturedStripProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data } = useQuery(FeaturedStoriesDocument, { variables: { campaignId: campaign.id, first: 6 } });
  const stories = data?.feed.nodes ?? [];
  if (stories.length === 0) return null;
  const headingId = `featured-${campaign.id}`;
  return (
    <section className="featured-strip" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId} className="section-title">
          {t('home.featuredIn', { campaign: campaign.title })}
        </h2>
        <Link to={`${paths.campaign(campaign.slug)}?sort=FEATURED`} className="text-link">
          {t('common.seeAll')}
        </Link>
      </div>
      <ul className="featured-strip__list">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard
              story={story}
              actions={canManageCampaigns(viewer) ? <FeatureToggle storyId={story.id} featured={story.featured} title={story.title} /> : undefined}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
