import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { StoriesModule } from '../stories/stories.module';
import { CampaignProductEntity, StoryProductEntity } from './product-tags.entity';
import { ProductsByCampaignIdLoader, ProductsByStoryIdLoader } from './product-tags.loaders';
import { CampaignProductsResolver, StoryProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';

/** Campaigns' product lists and the product tags on stories (what product-page galleries select by). */
@Module({
  imports: [TypeOrmModule.forFeature([CampaignProductEntity, StoryProductEntity]), StoriesModule, ModerationLogModule],
  providers: [ProductsService, ProductsByStoryIdLoader, ProductsByCampaignIdLoader, StoryProductsResolver, CampaignProductsResolver],
  exports: [ProductsService],
})
export class ProductsModule {}
