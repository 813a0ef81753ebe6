import { ArgsType, Field } from '@nestjs/graphql';
import { IdField } from '../../../core/graphql/id.pipe';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
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
  @IdField({ nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  slug?: string | null;
}
