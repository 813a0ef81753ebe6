import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { StoriesService } from '../stories/stories.service';
import { StoryEvents } from '../stories/story-events';
import { StoryStatus } from '../stories/story-status.enum';
import { MAX_PRODUCTS_PER_CAMPAIGN, MAX_PRODUCTS_PER_STORY, ProductTagInput } from './dto/product-tag.input';
import { CampaignProductEntity, StoryProductEntity } from './product-tags.entity';

/**
 * Brand staff keep a product list per campaign and tag APPROVED stories with the products they
 * show, so a product page's gallery can ask for "stories with this SKU". Both are logged.
 */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stories: StoriesService,
    private readonly log: ModerationLogService,
    private readonly events: StoryEvents,
  ) {}

  /** Replaces the campaign's product list (every entry needs a name). Stories keep their tags. */
  async setCampaignProducts(actor: Viewer, campaignId: string, products: ProductTagInput[]): Promise<CampaignEntity> {
    if (products.length > MAX_PRODUCTS_PER_CAMPAIGN) throw new BadUserInputError(`A campaign lists at most ${MAX_PRODUCTS_PER_CAMPAIGN} products.`, 'products');
    assertUnique(products);
    const unnamed = products.find((product) => !product.name);
    if (unnamed) throw new BadUserInputError(`Give the product ${unnamed.sku} a name.`, 'products');
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOne(CampaignEntity, { where: { id: campaignId }, lock: { mode: 'for_no_key_update' } });
      if (!campaign) throw new NotFoundError('That campaign');
      await manager.delete(CampaignProductEntity, { campaignId });
      if (products.length) {
        await manager.insert(CampaignProductEntity, products.map((product, position) => ({ campaignId, sku: product.sku, name: product.name!, url: product.url ?? null, position })));
      }
      await this.log.record({ action: 'SET_PRODUCTS', moderatorId: actor.id, campaignId, reason: skuList(products) }, manager);
      return campaign;
    });
  }

  /**
   * Replaces the story's product tags. A SKU from the campaign's list takes its name and link
   * from there unless given; any other SKU needs a name of its own.
   */
  async tagProducts(actor: Viewer, storyId: string, products: ProductTagInput[]): Promise<void> {
    if (products.length > MAX_PRODUCTS_PER_STORY) throw new BadUserInputError(`A story can be tagged with at most ${MAX_PRODUCTS_PER_STORY} products.`, 'products');
    assertUnique(products);
    await this.dataSource.transaction(async (manager) => {
      const story = await this.stories.lockVisible(manager, actor, storyId);
      if (!story) throw new NotFoundError('That story');
      if (story.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only published stories can be tagged with products.', 'storyId');
      const tags = await this.resolved(manager, story.campaignId, products);
      await manager.delete(StoryProductEntity, { storyId });
      if (tags.length) await manager.insert(StoryProductEntity, tags.map((tag, position) => ({ ...tag, storyId, campaignId: story.campaignId, position })));
      await this.log.record(
        { action: 'TAG_PRODUCTS', moderatorId: actor.id, storyId, campaignId: story.campaignId, targetUserId: story.authorId, reason: skuList(products) },
        manager,
      );
    });
    await this.events.updated(storyId);
  }

  private async resolved(manager: EntityManager, campaignId: string, products: ProductTagInput[]) {
    const listed = products.length
      ? await manager.findBy(CampaignProductEntity, { campaignId, sku: In(products.map((product) => product.sku)) })
      : [];
    const bySku = new Map(listed.map((product) => [product.sku, product]));
    return products.map((product) => {
      const fromList = bySku.get(product.sku);
      if (!fromList && !product.name) throw new BadUserInputError(`${product.sku} is not on the campaign's product list: give it a name.`, 'products');
      return { sku: product.sku, name: product.name ?? fromList?.name ?? null, url: product.url ?? fromList?.url ?? null };
    });
  }
}

function assertUnique(products: ProductTagInput[]): void {
  const skus = new Set(products.map((product) => product.sku));
  if (skus.size !== products.length) throw new BadUserInputError('The same SKU is listed twice.', 'products');
}

const skuList = (products: ProductTagInput[]): string => products.map((product) => product.sku).join(', ') || '(none)';
