import type { ApolloClient } from '@apollo/client';
import { matchPath } from 'react-router';
import { CampaignBySlugDocument } from './api/campaignBySlug';
import { CampaignFeedDocument } from './api/campaignFeed';
import { parseSort } from './CampaignPage';
import { FEED_PAGE_SIZE } from './components/StoryFeed';

/** Put in the first HTML of a campaign page by the server (its link-preview tags). */
const CAMPAIGN_ID_META = 'meta[name="ugc:campaign-id"]';

/**
 * Opening a campaign's link: ask for the campaign and its feed's first page while React is still
 * starting, instead of one after the other as the components mount. The server names the
 * campaign's id in the page, so both go at once; without it (an address the server did not
 * recognise), the feed follows the campaign's answer. The components then find both in the
 * cache (or join the requests in flight).
 */
export function preloadCampaignPage(client: ApolloClient, pathname: string, search: string, page: Pick<Document, 'querySelector'> = document): void {
  const match = matchPath('/c/:slug', pathname);
  if (!match?.params.slug) return;
  const sort = parseSort(new URLSearchParams(search).get('sort'));
  const feedOf = (campaignId: string) => client.query({ query: CampaignFeedDocument, variables: { campaignId, sort, first: FEED_PAGE_SIZE } });
  const named = page.querySelector<HTMLMetaElement>(CAMPAIGN_ID_META)?.content;
  // The page's own queries report errors; a failed preload only means they ask again.
  if (named) void feedOf(named).catch(() => undefined);
  void client
    .query({ query: CampaignBySlugDocument, variables: { slug: match.params.slug } })
    .then(({ data }) => {
      const campaignId = data?.campaign?.id;
      if (campaignId && campaignId !== named) return feedOf(campaignId);
      return undefined;
    })
    .catch(() => undefined);
}
