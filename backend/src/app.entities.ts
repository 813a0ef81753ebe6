import { UserEntity } from './modules/accounts/user.entity';
import { SessionEntity } from './modules/accounts/sessions/session.entity';
import { PasswordResetEntity } from './modules/accounts/password-reset/password-reset.entity';
import { DataExportEntity } from './modules/accounts/data-export/data-export.entity';
import { CampaignEntity } from './modules/campaigns/campaign.entity';
import { CampaignParticipantEntity } from './modules/campaigns/campaign-participant.entity';
import { CommentEntity } from './modules/engagement/comment.entity';
import { StoryLikeEntity } from './modules/engagement/story-like.entity';
import { StoryStatShardEntity } from './modules/engagement/story-stat-shard.entity';
import { CampaignCounterShardEntity } from './modules/campaigns/campaign-counter-shard.entity';
import { StoryLikeHourEntity } from './modules/leaderboards/story-like-hour.entity';
import { LeaderboardSnapshotEntity } from './modules/leaderboards/leaderboard-snapshot.entity';
import { ModerationActionEntity } from './modules/moderation/moderation-action.entity';
import { ModerationTermEntity } from './modules/moderation/moderation-term.entity';
import { ReportEntity } from './modules/moderation/report.entity';
import { PhotoEntity } from './modules/photos/photo.entity';
import { StoryEntity } from './modules/stories/story.entity';
import { UsageRightsEventEntity } from './modules/stories/usage-rights-event.entity';
import { CampaignResultEntity } from './modules/finale/campaign-result.entity';
import { JudgeScoreEntity } from './modules/finale/judge-score.entity';
import { LikeVoidEntity } from './modules/finale/like-void.entity';
import { PrizeWinnerEntity } from './modules/finale/prize-winner.entity';
import { PrizeEntity } from './modules/finale/prize.entity';
import { NotificationEntity } from './modules/notifications/notification.entity';
import { ReferralVisitEntity } from './modules/sharing/referral-visit.entity';
import { CampaignProductEntity, StoryProductEntity } from './modules/products/product-tags.entity';
import { CampaignPointsRulesEntity } from './modules/points/campaign-points-rules.entity';
import { PointsBalanceEntity } from './modules/points/points-balance.entity';
import { PointsEntryEntity } from './modules/points/points-entry.entity';
import { WebhookDeliveryEntity } from './modules/webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from './modules/webhooks/webhook-endpoint.entity';
import { WebhookEventEntity } from './modules/webhooks/webhook-event.entity';

/** Every table the app maps, listed by the app (the core names no domain); the migration generator diffs the database against this list. */
export const ENTITIES = [
  CampaignProductEntity,
  StoryProductEntity,
  UserEntity,
  CampaignEntity,
  CampaignParticipantEntity,
  PhotoEntity,
  StoryEntity,
  UsageRightsEventEntity,
  StoryLikeEntity,
  StoryStatShardEntity,
  StoryLikeHourEntity,
  CampaignCounterShardEntity,
  CommentEntity,
  LeaderboardSnapshotEntity,
  ReportEntity,
  ModerationActionEntity,
  ModerationTermEntity,
  PrizeEntity,
  PrizeWinnerEntity,
  CampaignResultEntity,
  LikeVoidEntity,
  JudgeScoreEntity,
  NotificationEntity,
  SessionEntity,
  PasswordResetEntity,
  DataExportEntity,
  ReferralVisitEntity,
  CampaignPointsRulesEntity,
  PointsEntryEntity,
  PointsBalanceEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
  WebhookDeliveryEntity,
];
