import { Field, ObjectType } from '@nestjs/graphql';
import { UsageScope } from '../usage-scope';
import type { UsageRightsEventEntity } from '../usage-rights-event.entity';

/** One grant or withdrawal of the usage rights, as recorded at the time. */
@ObjectType('UsageRightsEvent')
export class UsageRightsEvent {
  @Field()
  granted: boolean;

  @Field(() => [UsageScope], { description: 'Every scope granted after this change (COMMUNITY always).' })
  scopes: UsageScope[];

  @Field()
  at: Date;

  static from(entity: UsageRightsEventEntity): UsageRightsEvent {
    return Object.assign(new UsageRightsEvent(), { granted: entity.granted, scopes: entity.scopes as UsageScope[], at: entity.createdAt });
  }
}
