import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../core/pagination/page.args';
import { CampaignStatus } from '../models/campaign.model';

@ArgsType()
export class CampaignsArgs extends PageArgs {
  @Field(() => CampaignStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CampaignStatus)
  status?: CampaignStatus | null;
}

/** campaign(id:) or campaign(slug:): exactly one. */
@ArgsType()
export class CampaignArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  slug?: string | null;
}
