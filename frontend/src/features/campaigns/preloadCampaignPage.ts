import type { ApolloClient } from '@apollo/client';
import { matchPath } from 'react-router';
import { CampaignBySlugDocument } from './api/campaignBySlug';
import { CampaignFeedDocument } from './api/campaignFeed';
import { parseSort } from './CampaignPage';
import { FEED_PAGE_SIZE } from './components/StoryFeed';

/**
 * Opening a campaign's link: ask for the campaign, then at once for its feed's first page, while
 * React is still starting, instead of one after the other as the components mount. The
 * components then find both in the cache (or join the requests in flight).
 */
export function preloadCampaignPage(client: ApolloClient, pathname: string, search: string): void {
  const match = matchPath('/c/:slug', pathname);
  if (!match?.params.slug) return;
  const sort = parseSort(new URLSearchParams(search).get('sort'));
  void client
    .query({ query: CampaignBySlugDocument, variables: { slug: match.params.slug } })
    .then(({ data }) => {
      const campaignId = data?.campaign?.id;
      if (campaignId) return client.query({ query: CampaignFeedDocument, variables: { campaignId, sort, first: FEED_PAGE_SIZE } });
      return undefined;
    })
    // The page's own queries report errors; a failed preload only means they ask again.
    .catch(() => undefined);
}
