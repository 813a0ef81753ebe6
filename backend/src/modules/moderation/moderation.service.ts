import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { Page } from '../../core/pagination/connection';
import { CampaignCounters } from '../campaigns/campaign-counters';
import { keysetPage } from '../../core/pagination/keyset-page';
import { StoriesRepository } from '../stories/stories.repository';
import { StoryEvents } from '../stories/story-events';
import { StoryStatus } from '../stories/story-status.enum';
import { StoryEntity } from '../stories/story.entity';
import { ModerationLogArgs, ModerationQueueArgs } from './dto/moderation.args';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';
import { ModerationDecision } from './moderation.enums';
import { ReportsService } from './reports.service';

interface Transition {
  from: StoryStatus[];
  to: StoryStatus;
  /** The author reads the reason of a rejection or removal (myStories). */
  needsReason: boolean;
}

/** The one state machine every decision follows; anything not listed is refused. */
export const TRANSITIONS: Record<ModerationDecision, Transition> = {
  [ModerationDecision.APPROVE]: { from: [StoryStatus.PENDING, StoryStatus.REJECTED], to: StoryStatus.APPROVED, needsReason: false },
  [ModerationDecision.REJECT]: { from: [StoryStatus.PENDING], to: StoryStatus.REJECTED, needsReason: true },
  [ModerationDecision.REMOVE]: { from: [StoryStatus.APPROVED], to: StoryStatus.REMOVED, needsReason: true },
  [ModerationDecision.RESTORE]: { from: [StoryStatus.REMOVED, StoryStatus.REJECTED], to: StoryStatus.APPROVED, needsReason: false },
};

@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counters: CampaignCounters,
    private readonly log: ModerationLogService,
    private readonly reports: ReportsService,
    private readonly events: StoryEvents,
    private readonly stories: StoriesRepository,
  ) {}

  /** Oldest first, so nobody waits behind newer stories; optionally one campaign. */
  async queue(args: ModerationQueueArgs): Promise<Page<StoryEntity>> {
    const query = this.dataSource.getRepository(StoryEntity).createQueryBuilder('s').where('s.status = :status', { status: args.status });
    if (args.campaignId) query.andWhere('s.campaign_id = :campaignId', { campaignId: args.campaignId });
    return keysetPage(query, { first: args.first, after: args.after, column: 'created_at', direction: 'ASC' });
  }

  /** Stories waiting for review across all campaigns (read from the queue index, stories_queue_idx). */
  async pendingCount(): Promise<number> {
    return this.dataSource.getRepository(StoryEntity).countBy({ status: StoryStatus.PENDING });
  }

  /**
   * Locks the story, checks the transition against its current status (so of two moderators
   * deciding at once, the second is checked against the first's outcome), then writes the new
   * status, the counters, the log entry and the reports it settles in one transaction.
   */
  async decide(moderator: Viewer, storyId: string, decision: ModerationDecision, reason: string | null): Promise<StoryEntity> {
    const transition = TRANSITIONS[decision];
    if (transition.needsReason && !reason) throw new BadUserInputError(`Give a reason to ${decision.toLowerCase()} a story.`, 'reason');
    const story = await this.dataSource.transaction(async (manager) => {
      const current = await this.stories.lock(manager, storyId);
      if (!current) throw new NotFoundError('That story');
      if (!transition.from.includes(current.status)) {
        throw new BadUserInputError(`A ${current.status} story cannot be given ${decision}.`, 'decision');
      }
      await this.stories.setStatus(
        manager,
        storyId,
        transition.to === StoryStatus.APPROVED
          ? { status: transition.to, publishedAt: current.publishedAt ?? new Date(), rejectionReason: null, heldForReportsAt: null }
          : { status: transition.to, rejectionReason: reason },
      );
      if (current.status !== StoryStatus.APPROVED && transition.to === StoryStatus.APPROVED) await this.counters.entered(manager, current);
      if (current.status === StoryStatus.APPROVED && transition.to !== StoryStatus.APPROVED) await this.counters.left(manager, current);
      await this.log.record(
        { action: decision, moderatorId: moderator.id, storyId, campaignId: current.campaignId, targetUserId: current.authorId, reason },
        manager,
      );
      await this.reports.closeOpenReportsOnStory(manager, current, moderator, decision);
      return manager.findOneByOrFail(StoryEntity, { id: storyId });
    });
    await this.events.statusChanged(storyId);
    return story;
  }

  /** Newest first. */
  async history(args: ModerationLogArgs): Promise<Page<ModerationActionEntity>> {
    const query = this.dataSource.getRepository(ModerationActionEntity).createQueryBuilder('a');
    if (args.storyId) query.where('a.story_id = :storyId', { storyId: args.storyId });
    return keysetPage(query, { first: args.first, after: args.after, column: 'created_at', direction: 'DESC' });
  }
}
