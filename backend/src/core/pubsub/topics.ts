/**
 * Every event subscriptions listen to, in one place: publishers and subscribers agree on the
 * names and payloads here. Payloads carry ids only; subscribers reload what they show, so a
 * viewer never receives more than they may see.
 */
export const Topics = {
  /** Likes, comments, status or featuring changed. */
  storyUpdated: (storyId: string) => `story-updated:${storyId}`,
  commentAdded: (storyId: string) => `comment-added:${storyId}`,
  /** A story entered the moderation queue (new PENDING story, or held after reports). */
  storySubmitted: 'story-submitted',
  /** Counts of a campaign's stories changed: published at most once a second per campaign and instance. */
  campaignUpdated: (campaignId: string) => `campaign-updated:${campaignId}`,
  /** What waits for review may have changed (a story entered or left PENDING): at most once a second per instance. */
  moderationQueueChanged: 'moderation-queue-changed',
  /** Published at most once a second per campaign. */
  leaderboardChanged: (campaignId: string) => `leaderboard-changed:${campaignId}`,
  /** A user's role, suspension, sessions or existence changed: every instance re-reads them. */
  viewerChanged: 'viewer-changed',
  /** A notification for this user was created. */
  notificationAdded: (userId: string) => `notification-added:${userId}`,
} as const;

export interface NotificationAddedEvent {
  notificationId: string;
}

export interface StoryUpdatedEvent {
  storyId: string;
}

export interface CommentAddedEvent {
  storyId: string;
  commentId: string;
}

export interface StorySubmittedEvent {
  storyId: string;
  campaignId: string;
}

export interface LeaderboardChangedEvent {
  campaignId: string;
}

export interface ViewerChangedEvent {
  userId: string;
}

/** The counts themselves (numbers and ids, nothing private): one query by the instance that saw the change. */
export interface CampaignUpdatedEvent {
  campaignId: string;
  stories: { storyId: string; likeCount: number; commentCount: number }[];
}
