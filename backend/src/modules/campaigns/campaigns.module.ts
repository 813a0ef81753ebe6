import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PhotosModule } from '../photos/photos.module';
import { CampaignByIdLoader } from './campaign-by-id.loader';
import { CampaignCounters } from './campaign-counters';
import { CampaignCountsByIdLoader } from './campaign-counts-by-id.loader';
import { CampaignEntity } from './campaign.entity';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity]), PhotosModule],
  providers: [CampaignByIdLoader, CampaignCountsByIdLoader, CampaignCounters, CampaignsService, CampaignsResolver],
  exports: [CampaignByIdLoader, CampaignCounters, CampaignsService],
})
export class CampaignsModule {}
