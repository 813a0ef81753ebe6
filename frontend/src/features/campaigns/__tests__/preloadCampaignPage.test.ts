import type { ApolloClient } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { preloadCampaignPage } from '../preloadCampaignPage';

const CAMPAIGN_ID = '6b538bec-1579-4bd6-828a-c08b0545d068';

/** A client that records which operations were asked for, and answers the campaign when told. */
function recordingClient() {
  const asked: { operation: string; variables: Record<string, unknown> }[] = [];
  let answerCampaign!: () => void;
  const client = {
    query: ({ query, variables }: { query: { definitions: { name?: { value: string } }[] }; variables: Record<string, unknown> }) => {
      const operation = query.definitions[0].name!.value;
      asked.push({ operation, variables });
      if (operation === 'CampaignBySlug') return new Promise((resolve) => (answerCampaign = () => resolve({ data: { campaign: { id: CAMPAIGN_ID } } })));
      return Promise.resolve({ data: {} });
    },
  } as unknown as ApolloClient;
  return { client, asked, answerCampaign: () => answerCampaign() };
}

const pageNaming = (campaignId: string | null) => ({
  querySelector: () => (campaignId ? ({ content: campaignId } as HTMLMetaElement) : null),
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preloadCampaignPage', () => {
  it('asks for the campaign and its feed at once when the page names the campaign', async () => {
    const { client, asked, answerCampaign } = recordingClient();
    preloadCampaignPage(client, '/c/cool-summer', '?sort=TOP', pageNaming(CAMPAIGN_ID));
    expect(asked.map((a) => a.operation).sort()).toEqual(['CampaignBySlug', 'CampaignFeed']);
    expect(asked.find((a) => a.operation === 'CampaignFeed')!.variables).toMatchObject({ campaignId: CAMPAIGN_ID, sort: 'TOP' });
    answerCampaign();
    await settle();
    // The campaign's answer names the same campaign: no second feed request.
    expect(asked.filter((a) => a.operation === 'CampaignFeed')).toHaveLength(1);
  });

  it('asks for the feed after the campaign when the page does not name it', async () => {
    const { client, asked, answerCampaign } = recordingClient();
    preloadCampaignPage(client, '/c/cool-summer', '', pageNaming(null));
    expect(asked.map((a) => a.operation)).toEqual(['CampaignBySlug']);
    answerCampaign();
    await settle();
    expect(asked.map((a) => a.operation)).toEqual(['CampaignBySlug', 'CampaignFeed']);
    expect(asked[1].variables).toMatchObject({ campaignId: CAMPAIGN_ID, sort: 'HOT' });
  });

  it('asks for nothing on other pages', () => {
    const { client, asked } = recordingClient();
    preloadCampaignPage(client, '/stories/abc', '', pageNaming(CAMPAIGN_ID));
    expect(asked).toEqual([]);
  });
});
