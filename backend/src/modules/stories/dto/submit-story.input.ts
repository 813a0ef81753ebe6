import { Field, InputType } from '@nestjs/graphql';
import { IdField } from '../../../core/graphql/id.pipe';
import { LIMITS } from '@ugc/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsOptional } from 'class-validator';
import { UsageScope } from '../usage-scope';
import { MAX_PHOTOS_PER_STORY } from '../../campaigns/dto/campaign.input';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';


@InputType()
export class SubmitStoryInput {
  @IdField()
  campaignId: string;

  /** Trimmed; counted in characters as people count them (an emoji or 汉字 is one). */
  @Field()
  @Transform(trimmed)
  @CharacterLength(LIMITS.storyTitle.min, LIMITS.storyTitle.max, {
    message: `The title must be ${LIMITS.storyTitle.min} to ${LIMITS.storyTitle.max} characters.`,
  })
  title: string;

  /** Trimmed at the ends only: line breaks, hashtags and emoji inside are kept as written. */
  @Field()
  @Transform(trimmed)
  @CharacterLength(LIMITS.storyBody.min, LIMITS.storyBody.max, {
    message: `The story must be ${LIMITS.storyBody.min} to ${LIMITS.storyBody.max.toLocaleString('en')} characters.`,
  })
  body: string;

  /** In the order they are shown; the campaign's maxPhotosPerStory is checked by the service. */
  @IdField({ list: true, message: 'A photo id is malformed.' })
  @IsArray()
  @ArrayMaxSize(MAX_PHOTOS_PER_STORY, { message: `A story can have at most ${MAX_PHOTOS_PER_STORY} photos.` })
  @ArrayUnique({ message: 'The same photo is listed twice.' })
  photoIds: string[];

  @Field({ description: 'The author lets the brand reuse the story and its photos; recorded with a timestamp.' })
  @IsBoolean()
  grantUsageRights: boolean;

  @Field(() => [UsageScope], { nullable: true, description: 'Overrides grantUsageRights when given; grantUsageRights: true alone means every scope.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  usageScopes?: UsageScope[] | null;
}

/** What the author changes (updateStory): each field as SubmitStoryInput's, left as it is when omitted. */
@InputType()
export class UpdateStoryInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @CharacterLength(LIMITS.storyTitle.min, LIMITS.storyTitle.max, {
    message: `The title must be ${LIMITS.storyTitle.min} to ${LIMITS.storyTitle.max} characters.`,
  })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @CharacterLength(LIMITS.storyBody.min, LIMITS.storyBody.max, {
    message: `The story must be ${LIMITS.storyBody.min} to ${LIMITS.storyBody.max.toLocaleString('en')} characters.`,
  })
  body?: string;

  /** The whole new list, in order: photos already on the story stay, new uploads join, the others are deleted. */
  @IdField({ list: true, nullable: true, message: 'A photo id is malformed.' })
  @IsArray()
  @ArrayMaxSize(MAX_PHOTOS_PER_STORY, { message: `A story can have at most ${MAX_PHOTOS_PER_STORY} photos.` })
  @ArrayUnique({ message: 'The same photo is listed twice.' })
  photoIds?: string[];
}
