import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { Page } from '../../core/pagination/connection';
import { CampaignCounters } from '../campaigns/campaign-counters';
import { CommentEntity } from '../engagement/comment.entity';
import { keysetPage } from '../../core/pagination/keyset-page';
import { StoriesRepository } from '../stories/stories.repository';
import { StoriesService } from '../stories/stories.service';
import { StoryEvents } from '../stories/story-events';
import { StoryStatus } from '../stories/story-status.enum';
import { StoryEntity } from '../stories/story.entity';
import { ReportInput } from './dto/report.input';
import { ReportsArgs } from './dto/moderation.args';
import { ModerationLogService } from './moderation-log.service';
import { ModerationDecision, ReportStatus } from './moderation.enums';
import { ReportEntity } from './report.entity';
import { HOLD_WEIGHT, reporterWeightSql } from './report-weight';


@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counters: CampaignCounters,
    private readonly log: ModerationLogService,
    private readonly events: StoryEvents,
    private readonly stories: StoriesService,
    private readonly storyWrites: StoriesRepository,
  ) {}

  /**
   * One open report per person per story or comment, always in the moderators' queue. Once the
   * open reports on an APPROVED story weigh enough (report-weight.ts: account age, participation,
   * track record), the story is held: back to PENDING, out of the feeds and counts, into the queue.
   */
  async report(reporter: Viewer, input: ReportInput): Promise<ReportEntity> {
    if (!input.storyId === !input.commentId) throw new BadUserInputError('Report either a story or a comment.', 'storyId');
    const { report, held } = await this.oneOpenReport(() =>
      this.dataSource.transaction(async (manager) => {
        const story = input.storyId ? await this.reportableStory(manager, reporter, input.storyId) : null;
        const comment = input.commentId ? await this.reportableComment(manager, reporter, input.commentId) : null;
        const open = { reporterId: reporter.id, status: ReportStatus.OPEN, ...(story ? { storyId: story.id } : { commentId: comment!.id }) };
        if (await manager.existsBy(ReportEntity, open)) throw alreadyReported();
        const saved = await manager.save(manager.create(ReportEntity, { ...open, reason: input.reason, note: input.note ?? null }));
        return { report: saved, held: story && (await this.holdIfReportedEnough(manager, story, reporter)) ? story : null };
      }),
    );
    if (held) {
      await this.events.submitted(held);
      await this.events.statusChanged(held.id);
    }
    return report;
  }

  /**
   * OPEN: oldest first, as a queue, leaving out reports on what has since been deleted (nothing
   * left to decide); RESOLVED and DISMISSED: most recent first, as a history.
   */
  async list(args: ReportsArgs): Promise<Page<ReportEntity>> {
    const query = this.dataSource.getRepository(ReportEntity).createQueryBuilder('r').where('r.status = :status', { status: args.status });
    if (args.status === ReportStatus.OPEN) {
      query
        .andWhere('NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = r.story_id AND s.deleted_at IS NOT NULL)')
        .andWhere('NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = r.comment_id AND c.deleted_at IS NOT NULL)');
    }
    const direction = args.status === ReportStatus.OPEN ? 'ASC' : 'DESC';
    return keysetPage(query, { first: args.first, after: args.after, column: 'created_at', direction });
  }

  async resolve(moderator: Viewer, reportId: string, dismiss: boolean, note: string | null): Promise<ReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(ReportEntity, { where: { id: reportId }, lock: { mode: 'for_no_key_update' } });
      if (!report) throw new NotFoundError('That report');
      if (report.status !== ReportStatus.OPEN) throw new BadUserInputError('This report has already been closed.', 'reportId');
      return this.close(manager, report, moderator, dismiss ? ReportStatus.DISMISSED : ReportStatus.RESOLVED, note);
    });
  }

  /**
   * A decision on a story settles the reports on it: approving or restoring dismisses them,
   * rejecting or removing resolves them. Otherwise the same reports would hold the story again.
   */
  async closeOpenReportsOnStory(manager: EntityManager, story: StoryEntity, moderator: Viewer, decision: ModerationDecision): Promise<void> {
    const reports = await manager.find(ReportEntity, {
      where: { storyId: story.id, status: ReportStatus.OPEN },
      order: { createdAt: 'ASC' },
      lock: { mode: 'for_no_key_update' },
    });
    const dismissed = decision === ModerationDecision.APPROVE || decision === ModerationDecision.RESTORE;
    for (const report of reports) {
      await this.close(manager, report, moderator, dismissed ? ReportStatus.DISMISSED : ReportStatus.RESOLVED, `Story decision: ${decision}`);
    }
  }

  private async close(
    manager: EntityManager,
    report: ReportEntity,
    moderator: Viewer,
    status: ReportStatus.RESOLVED | ReportStatus.DISMISSED,
    note: string | null,
  ): Promise<ReportEntity> {
    const changes = { status, resolvedById: moderator.id, resolvedAt: new Date(), resolutionNote: note };
    await manager.update(ReportEntity, { id: report.id }, changes);
    const campaignId = report.storyId
      ? (await manager.findOne(StoryEntity, { where: { id: report.storyId }, withDeleted: true }))?.campaignId
      : (await manager.findOne(CommentEntity, { where: { id: report.commentId! }, withDeleted: true }))?.campaignId;
    await this.log.record(
      {
        action: status === ReportStatus.DISMISSED ? 'DISMISS_REPORT' : 'RESOLVE_REPORT',
        moderatorId: moderator.id,
        reason: note,
        reportId: report.id,
        storyId: report.storyId,
        commentId: report.commentId,
        campaignId: campaignId ?? null,
      },
      manager,
    );
    return { ...report, ...changes };
  }

  /** Locked, so that the count of reporters below and the hold are decided one report at a time. */
  private async reportableStory(manager: EntityManager, reporter: Viewer, storyId: string): Promise<StoryEntity> {
    const story = await this.stories.lockVisible(manager, reporter, storyId);
    if (!story) throw new NotFoundError('That story');
    if (story.authorId === reporter.id) throw new BadUserInputError('You cannot report your own story.', 'storyId');
    return story;
  }

  /** A deleted or hidden comment, or one on a story the reporter cannot see, is not there to report. */
  private async reportableComment(manager: EntityManager, reporter: Viewer, commentId: string): Promise<CommentEntity> {
    const comment = await manager.findOneBy(CommentEntity, { id: commentId });
    const story = comment && !comment.hiddenAt ? await this.stories.lockVisible(manager, reporter, comment.storyId) : null;
    if (!comment || !story) throw new NotFoundError('That comment');
    if (comment.authorId === reporter.id) throw new BadUserInputError('You cannot report your own comment.', 'commentId');
    return comment;
  }

  /** Runs with the story row locked (reportableStory), so the count sees every committed report. */
  private async holdIfReportedEnough(manager: EntityManager, story: StoryEntity, reporter: Viewer): Promise<boolean> {
    if (story.status !== StoryStatus.APPROVED) return false;
    const [{ weight, reporters }]: { weight: number; reporters: number }[] = await manager.query(
      `SELECT coalesce(sum(${reporterWeightSql('u')}), 0)::float AS weight, count(*)::int AS reporters
         FROM users u
        WHERE u.id IN (SELECT reporter_id FROM reports WHERE story_id = $1 AND status = 'OPEN')`,
      [story.id],
    );
    if (weight < HOLD_WEIGHT) return false;
    await this.storyWrites.setStatus(manager, story.id, { status: StoryStatus.PENDING, heldForReportsAt: new Date() });
    await this.counters.left(manager, story);
    // The log names a person for every entry: for a hold, the reporter whose report tipped it.
    await this.log.record(
      {
        action: 'HOLD_FOR_REPORTS',
        moderatorId: reporter.id,
        storyId: story.id,
        campaignId: story.campaignId,
        targetUserId: story.authorId,
        reason: `Held for review after reports from ${reporters} people (weight ${weight.toFixed(1)} of ${HOLD_WEIGHT}).`,
      },
      manager,
    );
    return true;
  }

  /** Two reports racing past the check above: the partial unique index decides. */
  private async oneOpenReport<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw alreadyReported();
      throw error;
    }
  }
}

function alreadyReported(): ConflictError {
  return new ConflictError('You have already reported this, and your report is still open.');
}
