import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';

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
  @Length(1, 40, { message: 'The display name must be 1 to 40 characters.' })
  displayName: string;
}
