import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ModerationTermActionKind } from '../moderation.enums';
import type { ModerationTermEntity } from '../moderation-term.entity';

@ObjectType('ModerationTerm')
export class ModerationTerm {
  @Field(() => ID)
  id: string;

  @Field({ description: 'As it was entered.' })
  term: string;

  @Field(() => ModerationTermActionKind)
  action: ModerationTermActionKind;

  @Field(() => ID, { nullable: true, description: 'null: applies to every campaign.' })
  campaignId: string | null;

  @Field()
  createdAt: Date;

  static from(entity: ModerationTermEntity): ModerationTerm {
    return Object.assign(new ModerationTerm(), {
      id: entity.id,
      term: entity.term,
      action: entity.action as ModerationTermActionKind,
      campaignId: entity.campaignId,
      createdAt: entity.createdAt,
    });
  }
}
