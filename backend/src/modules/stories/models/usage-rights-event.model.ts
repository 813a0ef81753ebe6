import { Field, ObjectType } from '@nestjs/graphql';
import type { UsageRightsEventEntity } from '../usage-rights-event.entity';

/** One grant or withdrawal of the usage rights, as recorded at the time. */
@ObjectType('UsageRightsEvent')
export class UsageRightsEvent {
  @Field()
  granted: boolean;

  @Field()
  at: Date;

  static from(entity: UsageRightsEventEntity): UsageRightsEvent {
    return Object.assign(new UsageRightsEvent(), { granted: entity.granted, at: entity.createdAt });
  }
}
