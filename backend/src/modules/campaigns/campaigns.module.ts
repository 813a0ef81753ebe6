import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignByIdLoader } from './campaign-by-id.loader';
import { CampaignEntity } from './campaign.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity])],
  providers: [CampaignByIdLoader],
  exports: [CampaignByIdLoader],
})
export class CampaignsModule {}
