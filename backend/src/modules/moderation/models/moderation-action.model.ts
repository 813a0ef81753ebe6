import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ModerationActionKind } from '../moderation-action-kind.enum';
import { Connection } from '../../../core/pagination/connection';
import type { ModerationActionEntity } from '../moderation-action.entity';

/** One entry of the audit log; moderator, story, comment, targetUser and campaign are resolved through loaders. */
@ObjectType('ModerationAction')
export class ModerationAction {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The same value as `kind`, as a string (kept for clients written before the enum).' })
  action: string;

  @Field(() => ModerationActionKind)
  kind: ModerationActionKind;

  @Field(() => String, { nullable: true })
  reason: string | null;

  /** Not fields: the ids behind the resolved fields. */
  moderatorId: string;
  storyId: string | null;
  commentId: string | null;
  targetUserId: string | null;
  campaignId: string | null;

  @Field(() => ID, { nullable: true })
  reportId: string | null;

  @Field()
  createdAt: Date;

  static from(entity: ModerationActionEntity): ModerationAction {
    return Object.assign(new ModerationAction(), {
      id: entity.id,
      action: entity.action,
      kind: entity.action as ModerationActionKind,
      reason: entity.reason,
      moderatorId: entity.moderatorId,
      storyId: entity.storyId,
      commentId: entity.commentId,
      targetUserId: entity.targetUserId,
      campaignId: entity.campaignId,
      reportId: entity.reportId,
      createdAt: entity.createdAt,
    });
  }
}

export const ModerationActionConnection = Connection(ModerationAction);
