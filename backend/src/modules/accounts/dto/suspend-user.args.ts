import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { trim } from './register.input';

@ArgsType()
export class SuspendUserArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  userId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'Give a reason of 1 to 500 characters.' })
  reason: string;

  /** Omitted: suspended until a moderator lifts it. */
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  until?: Date | null;
}
