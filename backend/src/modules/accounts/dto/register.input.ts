import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { CharacterLength } from '../../../core/validation/character-length.validator';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export const normalizeEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RegisterInput {
  @Field()
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'The password must be at least 8 characters.' })
  @MaxLength(256, { message: 'The password must be at most 256 characters.' })
  password: string;

  @Field()
  @Transform(trim)
  @IsString()
  @CharacterLength(LIMITS.displayName.min, LIMITS.displayName.max, { message: `The display name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.` })
  displayName: string;
}
