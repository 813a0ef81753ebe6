import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { CharacterLength, trimmed, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { DEFAULT_CAMPAIGN_TIME_ZONE } from '../campaign.entity';

/** The zones this runtime knows (Intl), so a stored zone can always be formatted. */
const TIME_ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC'];

export const MAX_PHOTOS_PER_STORY = LIMITS.campaign.maxPhotosPerStory;
const { title, description, hashtag, rules } = LIMITS.campaign;
const SLUG_MESSAGE = `The slug must be ${LIMITS.campaignSlug.min} to ${LIMITS.campaignSlug.max} of a-z, 0-9 and -.`;
const MAX_PHOTOS_MESSAGE = `maxPhotosPerStory must be 1 to ${MAX_PHOTOS_PER_STORY}.`;

/** The rules of each campaign field, one definition for creating and updating alike. */
export const CampaignRules = {
  title: () => applyDecorators(Transform(trimmed), CharacterLength(1, title, { message: `The title must be 1 to ${title} characters.` })),
  description: () =>
    applyDecorators(Transform(trimmed), CharacterLength(1, description, { message: `The description must be 1 to ${description.toLocaleString('en')} characters.` })),
  /** Optional texts: blank means none. */
  hashtag: () =>
    applyDecorators(Transform(trimmedOrNull), IsOptional(), CharacterLength(1, hashtag, { message: `The hashtag must be at most ${hashtag} characters.` })),
  rules: () =>
    applyDecorators(Transform(trimmedOrNull), IsOptional(), CharacterLength(1, rules, { message: `The rules must be at most ${rules.toLocaleString('en')} characters.` })),
  maxPhotosPerStory: () => applyDecorators(IsInt(), Min(1, { message: MAX_PHOTOS_MESSAGE }), Max(MAX_PHOTOS_PER_STORY, { message: MAX_PHOTOS_MESSAGE })),
  coverPhotoId: (description: string) => IdField({ nullable: true, description }),
  timeZone: () => applyDecorators(IsIn(TIME_ZONES, { message: 'The time zone must be an IANA zone such as Asia/Shanghai.' })),
};

@InputType()
export class CampaignInput {
  @Field()
  @Transform(trimmed)
  @IsString()
  @Matches(/^[a-z0-9-]{3,64}$/, { message: SLUG_MESSAGE })
  slug: string;

  @Field()
  @CampaignRules.title()
  title: string;

  @Field()
  @CampaignRules.description()
  description: string;

  @Field(() => String, { nullable: true })
  @CampaignRules.hashtag()
  hashtag?: string | null;

  @Field(() => String, { nullable: true })
  @CampaignRules.rules()
  rules?: string | null;

  @Field(() => String, { nullable: true, description: 'What authors agree to when they grant usage rights; the web app has a plain default.' })
  @CampaignRules.rules()
  licenceText?: string | null;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @Transform(({ value }) => value ?? true)
  @IsBoolean()
  requiresModeration: boolean = true;

  @Field(() => Int, { nullable: true, defaultValue: 9 })
  @Transform(({ value }) => value ?? 9)
  @CampaignRules.maxPhotosPerStory()
  maxPhotosPerStory: number = 9;

  @Field({ nullable: true, defaultValue: DEFAULT_CAMPAIGN_TIME_ZONE })
  @Transform(({ value }) => value ?? DEFAULT_CAMPAIGN_TIME_ZONE)
  @CampaignRules.timeZone()
  timeZone?: string = DEFAULT_CAMPAIGN_TIME_ZONE;

  @Field(() => Date, { nullable: true, description: "Accounts created after this moment cannot like the campaign's stories." })
  @IsOptional()
  @IsDate()
  likeEligibilityCutoff?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'false keeps the campaign a DRAFT, visible to BRAND_STAFF and ADMIN only.' })
  @Transform(({ value }) => value ?? true)
  @IsBoolean()
  published: boolean = true;

  @CampaignRules.coverPhotoId('A photo from requestPhotoUpload, uploaded by you: the cover image.')
  coverPhotoId?: string | null;
}
