import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../accounts/models/user.model';

@ObjectType('SharerStat', { description: 'One sharer of a campaign and what their shared links brought.' })
export class SharerStat {
  /** Not a field: `user` is resolved from it. */
  sharerId: string;

  @Field(() => User, { nullable: true, description: 'Null once the account is gone.' })
  user?: User | null;

  @Field(() => Int, { description: 'Visits through their links (once per visitor and day).' })
  visits: number;

  @Field(() => Int, { description: 'Accounts created after those visits.' })
  signups: number;
}
