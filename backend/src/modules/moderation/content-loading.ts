import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { CampaignByIdLoader } from '../campaigns/campaign-by-id.loader';
import { Campaign } from '../campaigns/models/campaign.model';
import { CommentByIdLoader } from '../engagement/comment-by-id.loader';
import { canViewComment } from '../engagement/comment-visibility';
import { Comment } from '../engagement/models/comment.model';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';

/**
 * What reports and log entries point at, loaded in batches and shown only as far as the viewer
 * may see it: a story by the one story rule (VisibleStoryByIdLoader), a comment by
 * canViewComment and only on a story the viewer can see.
 */
@Injectable()
export class ContentLoading {
  constructor(
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly comments: CommentByIdLoader,
    private readonly users: UserByIdLoader,
    private readonly campaigns: CampaignByIdLoader,
  ) {}

  async story(context: RequestContext, storyId: string | null): Promise<Story | null> {
    if (!storyId) return null;
    const story = await context.loaders.get(this.visibleStories).load(storyId);
    return story ? Story.from(story) : null;
  }

  async comment(context: RequestContext, commentId: string | null): Promise<Comment | null> {
    if (!commentId) return null;
    const comment = await context.loaders.get(this.comments).load(commentId);
    if (!comment || !canViewComment(context.viewer, comment)) return null;
    return (await this.story(context, comment.storyId)) ? Comment.from(comment) : null;
  }

  async user(context: RequestContext, userId: string | null): Promise<User | null> {
    if (!userId) return null;
    const user = await context.loaders.get(this.users).load(userId);
    return user ? User.from(user) : null;
  }

  async campaign(context: RequestContext, campaignId: string | null): Promise<Campaign | null> {
    if (!campaignId) return null;
    const campaign = await context.loaders.get(this.campaigns).load(campaignId);
    return campaign ? Campaign.from(campaign) : null;
  }
}
