import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { Transform } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { CharacterLength } from '../../../core/validation/character-length.validator';
import { NoBidiControls } from '../../../core/validation/visible-text';
import { trim } from './register.input';

/** What a user changes on their own profile; omitted fields stay as they are. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @CharacterLength(LIMITS.displayName.min, LIMITS.displayName.max, { message: `The display name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.` })
  @NoBidiControls({ message: 'The display name must not contain text-direction control characters.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: `Up to ${LIMITS.bio} characters; an empty string clears it.` })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @CharacterLength(0, LIMITS.bio, { message: `The bio must be at most ${LIMITS.bio} characters.` })
  @NoBidiControls({ message: 'The bio must not contain text-direction control characters.' })
  bio?: string | null;

  @IdField({ nullable: true, description: 'A photo from requestPhotoUpload, uploaded: becomes the avatar once processed.' })
  avatarPhotoId?: string | null;
}
