import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional } from 'class-validator';
import { CampaignRules } from './campaign.input';

/** Omitted fields stay as they are; null clears the optional ones (hashtag, rules, licenceText, coverPhotoId). */
@InputType()
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CampaignRules.title()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CampaignRules.description()
  description?: string | null;

  @Field(() => String, { nullable: true })
  @CampaignRules.hashtag()
  hashtag?: string | null;

  @Field(() => String, { nullable: true })
  @CampaignRules.rules()
  rules?: string | null;

  @Field(() => String, { nullable: true })
  @CampaignRules.rules()
  licenceText?: string | null;

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
  @CampaignRules.maxPhotosPerStory()
  maxPhotosPerStory?: number | null;

  @Field(() => Date, { nullable: true, description: 'null clears the rule.' })
  @IsOptional()
  @IsDate()
  likeEligibilityCutoff?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  published?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CampaignRules.timeZone()
  timeZone?: string | null;

  @CampaignRules.coverPhotoId('A new cover photo of yours; null removes the cover.')
  coverPhotoId?: string | null;
}
