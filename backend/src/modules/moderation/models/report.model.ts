import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../core/pagination/connection';
import { ReportReason, ReportStatus } from '../moderation.enums';
import type { ReportEntity } from '../report.entity';

/** story, comment and reporter are resolved in reports.resolver.ts through loaders. */
@ObjectType('Report')
export class Report {
  @Field(() => ID)
  id: string;

  /** Not fields: the ids behind `story`, `comment` and `reporter`. */
  storyId: string | null;
  commentId: string | null;
  reporterId: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => String, { nullable: true, description: 'The moderator\'s note when resolving or dismissing.' })
  resolutionNote: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field()
  createdAt: Date;

  static from(entity: ReportEntity): Report {
    return Object.assign(new Report(), {
      id: entity.id,
      storyId: entity.storyId,
      commentId: entity.commentId,
      reporterId: entity.reporterId,
      reason: entity.reason as ReportReason,
      note: entity.note,
      status: entity.status as ReportStatus,
      resolutionNote: entity.resolutionNote,
      resolvedAt: entity.resolvedAt,
      createdAt: entity.createdAt,
    });
  }
}

export const ReportConnection = Connection(Report);
