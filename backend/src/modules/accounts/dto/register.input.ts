import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { CharacterLength } from '../../../core/validation/character-length.validator';
import { NoBidiControls } from '../../../core/validation/visible-text';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { GUESSABLE_PASSWORD, MIN_PASSWORD_LENGTH, normalizeEmail, NoLookalikeScripts, NotGuessablePassword } from '../sign-up-rules';

export { normalizeEmail } from '../sign-up-rules';
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RegisterInput {
  @Field()
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({ allow_utf8_local_part: true }, { message: 'Enter a valid email address.' })
  @NoLookalikeScripts({ message: 'This address mixes letters from different alphabets that look alike; type it in one alphabet.' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `The password must be at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(256, { message: 'The password must be at most 256 characters.' })
  @NotGuessablePassword({ message: GUESSABLE_PASSWORD })
  password: string;

  @Field()
  @Transform(trim)
  @IsString()
  @CharacterLength(LIMITS.displayName.min, LIMITS.displayName.max, { message: `The display name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.` })
  @NoBidiControls({ message: 'The display name must not contain text-direction control characters.' })
  displayName: string;
}
