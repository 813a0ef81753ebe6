import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CharacterLength, trimmed, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { MAX_PHOTOS_PER_STORY } from './campaign.input';

/** Omitted fields stay as they are; null clears the optional ones (hashtag, rules, coverPhotoId). */
@InputType()
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @CharacterLength(1, 120, { message: 'The title must be 1 to 120 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @CharacterLength(1, 10_000, { message: 'The description must be 1 to 10,000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, 64, { message: 'The hashtag must be at most 64 characters.' })
  hashtag?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, 10_000, { message: 'The rules must be at most 10,000 characters.' })
  rules?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requiresModeration?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `maxPhotosPerStory must be 1 to ${MAX_PHOTOS_PER_STORY}.` })
  @Max(MAX_PHOTOS_PER_STORY, { message: `maxPhotosPerStory must be 1 to ${MAX_PHOTOS_PER_STORY}.` })
  maxPhotosPerStory?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  published?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A new cover photo of yours; null removes the cover.' })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  coverPhotoId?: string | null;
}
