import { Injectable } from '@nestjs/common';
import { ModerationActionKind } from './moderation-action-kind.enum';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ModerationActionEntity } from './moderation-action.entity';

export interface ModerationRecord {
  action: `${ModerationActionKind}`;
  moderatorId: string;
  reason?: string | null;
  storyId?: string | null;
  commentId?: string | null;
  targetUserId?: string | null;
  campaignId?: string | null;
  reportId?: string | null;
}

/** Something that follows the log inside the same transaction (notifications tell people what it says happened to them). */
export type ModerationLogObserver = (entry: ModerationRecord, manager: EntityManager) => Promise<void>;

/** Writes the audit log. Pass the transaction's manager so the record commits with the action. */
@Injectable()
export class ModerationLogService {
  private readonly observers: ModerationLogObserver[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  observe(observer: ModerationLogObserver): void {
    this.observers.push(observer);
  }

  async record(entry: ModerationRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(ModerationActionEntity, {
      action: entry.action,
      moderatorId: entry.moderatorId,
      reason: entry.reason ?? null,
      storyId: entry.storyId ?? null,
      commentId: entry.commentId ?? null,
      targetUserId: entry.targetUserId ?? null,
      campaignId: entry.campaignId ?? null,
      reportId: entry.reportId ?? null,
    });
    for (const observer of this.observers) await observer(entry, manager);
  }
}
