import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { StoryStatus } from '../story-status.enum';
import type { StoryEntity } from '../story.entity';
import { UsageScope } from '../usage-scope';

/**
 * The public shape of a story. Fields that need other rows (campaign, author, photos) are
 * resolved in stories.resolver.ts; engagement fields (likeCount, commentCount, viewerHasLiked,
 * comments) in the engagement module's resolver, all through per-request DataLoaders.
 */
@ObjectType('Story')
export class Story {
  @Field(() => ID)
  id: string;

  /** Not fields: the ids behind `campaign` and `author`, and the consent `usageScopes` shows by viewer. */
  campaignId: string;
  authorId: string;
  grantedScopes: UsageScope[];

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => [String], { description: 'The hashtags in the body, lower-cased, without the #.' })
  hashtags: string[];

  @Field(() => StoryStatus)
  status: StoryStatus;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field()
  usageRightsGranted: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current consent was given; null while not granted.' })
  usageRightsGrantedAt: Date | null;

  @Field()
  featured: boolean;

  @Field(() => Date, { nullable: true })
  featuredAt: Date | null;

  @Field(() => String, { nullable: true })
  featureNote: string | null;

  @Field(() => Float)
  hotScore: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "The author's last edit (updateStory); null when never edited." })
  editedAt: Date | null;

  static from(entity: StoryEntity): Story {
    return Object.assign(new Story(), {
      id: entity.id,
      campaignId: entity.campaignId,
      authorId: entity.authorId,
      title: entity.title,
      body: entity.body,
      hashtags: entity.hashtags ?? [],
      status: entity.status,
      rejectionReason: entity.rejectionReason,
      grantedScopes: (entity.usageScopes ?? [UsageScope.COMMUNITY]) as UsageScope[],
      usageRightsGranted: entity.usageRightsGranted,
      usageRightsGrantedAt: entity.usageRightsGranted ? entity.usageRightsGrantedAt : null,
      featured: entity.featuredAt !== null,
      featuredAt: entity.featuredAt,
      featureNote: entity.featureNote,
      hotScore: entity.hotScore,
      createdAt: entity.createdAt,
      publishedAt: entity.publishedAt,
      editedAt: entity.editedAt ?? null,
    });
  }
}
