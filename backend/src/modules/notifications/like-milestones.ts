import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Scheduler } from '../../core/jobs/job-queue';
import { BACKGROUND_SQL_MARK } from '../stories/feeds/feed-ranking.service';
import { publicStorySql } from '../stories/story-visibility';
import { NotificationKind } from './notification-kind.enum';
import { NotificationsService } from './notifications.service';

/** 10, 50, 100, 500, 1000, 5000…: the counts worth telling an author about. */
export function milestoneAbove(count: number): number {
  let milestone = 10;
  while (milestone <= count) milestone *= String(milestone).startsWith('1') ? 5 : 2;
  return milestone;
}

/** milestoneAbove in SQL, for stories whose likes were loaded in bulk (the bench's data set). */
export function milestoneAboveSql(count: string): string {
  const magnitude = `power(10, floor(log(greatest(${count}, 10)::float8)))`;
  return `(CASE WHEN ${count} < 10 THEN 10 WHEN ${count} < 5 * ${magnitude} THEN 5 * ${magnitude} ELSE 10 * ${magnitude} END)::int`;
}

/** The highest milestone at or below `count` (0 below the first). */
export function milestoneReached(count: number): number {
  let reached = 0;
  for (let m = 10; m <= count; m = milestoneAbove(m)) reached = m;
  return reached;
}

/**
 * Tells authors their story reached 10, 50, 100… likes. A like costs nothing extra: the
 * roll-up that keeps stories.like_count (feed-ranking.service.ts) already runs every second, and
 * this looks every few seconds only at stories whose count passed their next milestone (a
 * partial index holds exactly those). A story that jumps past several milestones between two
 * looks gets one notification, for the highest.
 */
@Injectable()
export class LikeMilestones implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: Scheduler,
    private readonly notifications: NotificationsService,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.every('notifications:like-milestones', 5000, () => this.tellReached());
  }

  async tellReached(): Promise<void> {
    const due: { id: string; author_id: string; title: string; like_count: number; next_like_milestone: number; visible: boolean }[] = await this.dataSource.query(
      `${BACKGROUND_SQL_MARK}
       SELECT s.id, s.author_id, s.title, s.like_count, s.next_like_milestone, ${publicStorySql('s')} AS visible
         FROM stories s WHERE s.like_count >= s.next_like_milestone LIMIT 500`,
    );
    for (const story of due) {
      await this.dataSource.transaction(async (manager) => {
        // An UPDATE answers [rows, count] through TypeORM.
        const [moved]: [{ id: string }[]] = await manager.query(
          `UPDATE stories SET next_like_milestone = $3 WHERE id = $1 AND next_like_milestone = $2 RETURNING id`,
          [story.id, story.next_like_milestone, milestoneAbove(story.like_count)],
        );
        if (!moved.length) return; // another instance got there first
        if (!story.visible) return; // a removed story's count moves on quietly
        const milestone = milestoneReached(story.like_count);
        await this.notifications.tell(manager, [{
          recipientId: story.author_id, kind: NotificationKind.LIKE_MILESTONE, storyId: story.id,
          params: { storyTitle: story.title, milestone }, link: `/stories/${story.id}`,
          dedupeKey: `like-milestone:${story.id}:${milestone}`,
        }]);
      });
    }
  }
}
