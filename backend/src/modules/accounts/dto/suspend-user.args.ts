import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString } from 'class-validator';
import { CharacterLength } from '../../../core/validation/character-length.validator';
import { trim } from './register.input';

@ArgsType()
export class SuspendUserArgs {
  @IdField()
  userId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @CharacterLength(1, LIMITS.note.suspend, { message: `Give a reason of 1 to ${LIMITS.note.suspend} characters.` })
  reason: string;

  /** Omitted: suspended until a moderator lifts it. */
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  until?: Date | null;
}
