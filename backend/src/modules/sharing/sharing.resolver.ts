import { OnModuleInit } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import { Viewer } from '../../core/auth/authorize.decorator';
import { Campaign } from '../campaigns/models/campaign.model';
import { Story } from '../stories/models/story.model';
import { ShareLinks } from './share-links';

/** Links carry the signed-in viewer as their sharer (?ref=), so visits and sign-ups can be credited. */
const SHARE_URL = 'The public web address (absolute); signed in, it carries you as the sharer (?ref=).';
const POSTER_URL = 'A PNG poster (photo, title, campaign, QR code of shareUrl) for chat apps; absolute URL.';

@Resolver(() => Story)
export class StorySharingResolver implements OnModuleInit {
  constructor(
    private readonly links: ShareLinks,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // Each member's own links, put into a shared story page.
    this.shared.personal('Story', { field: 'shareUrl', fill: async (viewer, ids) => ids.map((id) => this.links.story(id, viewer.id)) });
    this.shared.personal('Story', { field: 'posterUrl', fill: async (viewer, ids) => ids.map((id) => this.links.poster('story', id, viewer.id)) });
  }

  @ResolveField(() => String, { description: SHARE_URL })
  shareUrl(@Parent() story: Story, @Viewer() viewer: Viewer | null): string {
    return this.links.story(story.id, viewer?.id);
  }

  @ResolveField(() => String, { description: POSTER_URL })
  posterUrl(@Parent() story: Story, @Viewer() viewer: Viewer | null): string {
    return this.links.poster('story', story.id, viewer?.id);
  }
}

@Resolver(() => Campaign)
export class CampaignSharingResolver {
  constructor(private readonly links: ShareLinks) {}

  @ResolveField(() => String, { description: SHARE_URL })
  shareUrl(@Parent() campaign: Campaign, @Viewer() viewer: Viewer | null): string {
    return this.links.campaign(campaign.slug, viewer?.id);
  }

  @ResolveField(() => String, { description: POSTER_URL })
  posterUrl(@Parent() campaign: Campaign, @Viewer() viewer: Viewer | null): string {
    return this.links.poster('campaign', campaign.id, viewer?.id);
  }
}
