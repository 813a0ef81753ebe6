/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CampaignPageFields on Campaign {\n    id\n    slug\n    title\n    description\n    hashtag\n    rules\n    coverImageUrl\n    startsAt\n    endsAt\n    status\n    requiresModeration\n    maxPhotosPerStory\n    storyCount\n    participantCount\n    pointsRules {\n      storyApproved\n      storyFeatured\n      prizeWon\n      likeReceived\n      likeReceivedDailyCap\n    }\n  }\n": typeof types.CampaignPageFieldsFragmentDoc,
    "\n  mutation FeatureStory($storyId: ID!, $note: String) {\n    featureStory(storyId: $storyId, note: $note) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n": typeof types.FeatureStoryDocument,
    "\n  mutation UnfeatureStory($storyId: ID!) {\n    unfeatureStory(storyId: $storyId) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n": typeof types.UnfeatureStoryDocument,
    "\n  fragment PrizeFields on Prize {\n    id\n    name\n    description\n    quantity\n    method\n  }\n": typeof types.PrizeFieldsFragmentDoc,
    "\n  fragment CampaignResultsFields on CampaignResults {\n    finalizedAt\n    voidedLikeCount\n    prizes {\n      prize {\n        ...PrizeFields\n      }\n      proof {\n        commitment\n        seed\n        entrantsHash\n        entrants\n        algorithm\n      }\n      winners {\n        id\n        place\n        status\n        claimDeadline\n        user {\n          id\n          displayName\n          avatarUrl\n        }\n        story {\n          id\n          title\n          likeCount\n        }\n      }\n      withdrawnPlaces {\n        place\n        status\n        deletedAccount\n      }\n    }\n  }\n": typeof types.CampaignResultsFieldsFragmentDoc,
    "\n  query CampaignProducts($id: ID!) {\n    campaign(id: $id) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": typeof types.CampaignProductsDocument,
    "\n  mutation TagProducts($storyId: ID!, $products: [ProductTagInput!]!) {\n    tagProducts(storyId: $storyId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": typeof types.TagProductsDocument,
    "\n  mutation SetCampaignProducts($campaignId: ID!, $products: [ProductTagInput!]!) {\n    setCampaignProducts(campaignId: $campaignId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": typeof types.SetCampaignProductsDocument,
    "\n  fragment StoryCardFields on Story {\n    id\n    title\n    body\n    status\n    featured\n    likeCount\n    commentCount\n    createdAt\n    publishedAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n    photos {\n      id\n      status\n      thumbnailUrl\n      url\n      width\n      height\n    }\n    campaign {\n      id\n    }\n  }\n": typeof types.StoryCardFieldsFragmentDoc,
    "\n  mutation SetUsageScopes($storyId: ID!, $scopes: [UsageScope!]!) {\n    setUsageScopes(storyId: $storyId, scopes: $scopes) {\n      ...UsageRightsFields\n    }\n  }\n": typeof types.SetUsageScopesDocument,
    "\n  fragment UsageRightsFields on Story {\n    id\n    usageRightsGranted\n    usageRightsGrantedAt\n    usageScopes\n    usageRightsHistory {\n      at\n      granted\n      scopes\n    }\n  }\n": typeof types.UsageRightsFieldsFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation LogoutOtherSessions {\n    logoutOtherSessions\n  }\n": typeof types.LogoutOtherSessionsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation AddModerationTerm($input: ModerationTermInput!) {\n    addModerationTerm(input: $input) {\n      ...ModerationTermFields\n    }\n  }\n": typeof types.AddModerationTermDocument,
    "\n  query BrandCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes {\n        ...CampaignPageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BrandCampaignsDocument,
    "\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignPageFields\n      licenceText\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": typeof types.CampaignForEditDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignPageFields\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  fragment ModerationTermFields on ModerationTerm {\n    id\n    term\n    action\n    campaignId\n    createdAt\n  }\n": typeof types.ModerationTermFieldsFragmentDoc,
    "\n  query ModerationTerms($campaignId: ID) {\n    moderationTerms(campaignId: $campaignId) {\n      ...ModerationTermFields\n    }\n  }\n": typeof types.ModerationTermsDocument,
    "\n  query TermCampaigns($first: Int) {\n    campaigns(first: $first) {\n      nodes {\n        id\n        title\n        status\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TermCampaignsDocument,
    "\n  mutation RemoveModerationTerm($id: ID!) {\n    removeModerationTerm(id: $id)\n  }\n": typeof types.RemoveModerationTermDocument,
    "\n  mutation SetPointsRules($campaignId: ID!, $input: PointsRulesInput!) {\n    setPointsRules(campaignId: $campaignId, input: $input) {\n      id\n      pointsRules {\n        storyApproved\n        storyFeatured\n        prizeWon\n        likeReceived\n        likeReceivedDailyCap\n      }\n    }\n  }\n": typeof types.SetPointsRulesDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignPageFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  query CampaignDashboard($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n    }\n    campaignStats(campaignId: $campaignId) {\n      storyCount\n      approvedStoryCount\n      pendingStoryCount\n      participantCount\n      likeCount\n      commentCount\n      usageRightsGrantedCount\n      engagementPerApprovedStory\n      funnel {\n        participants\n        submitted\n        approved\n        usageRightsGranted\n        featured\n      }\n      referredVisits\n      referredSignups\n      referredStories\n      topSharers {\n        visits\n        signups\n        user {\n          id\n          displayName\n        }\n      }\n      topHashtags {\n        tag\n        stories\n      }\n      daily {\n        date\n        stories\n        likes\n        comments\n      }\n    }\n    storyLeaderboard(campaignId: $campaignId, period: ALL_TIME, first: 10) {\n      rank\n      likeCount\n      story {\n        id\n        title\n        featured\n        commentCount\n        usageRightsGranted\n        products {\n          sku\n          name\n          url\n        }\n        author {\n          id\n          displayName\n        }\n        photos {\n          id\n          thumbnailUrl\n          url\n        }\n      }\n    }\n  }\n": typeof types.CampaignDashboardDocument,
    "\n  mutation AddPrize($campaignId: ID!, $input: PrizeInput!) {\n    addPrize(campaignId: $campaignId, input: $input) {\n      ...PrizeFields\n    }\n  }\n": typeof types.AddPrizeDocument,
    "\n  mutation DisqualifyWinner($winnerId: ID!, $reason: String!) {\n    disqualifyWinner(winnerId: $winnerId, reason: $reason) {\n      ...FinaleResultsFields\n    }\n  }\n": typeof types.DisqualifyWinnerDocument,
    "\n  mutation DrawWinners($campaignId: ID!) {\n    drawWinners(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n": typeof types.DrawWinnersDocument,
    "\n  fragment FinaleResultsFields on CampaignResults {\n    ...CampaignResultsFields\n    prizes {\n      winners {\n        id\n        claim {\n          recipientName\n          phone\n          address\n          claimedAt\n        }\n      }\n    }\n  }\n": typeof types.FinaleResultsFieldsFragmentDoc,
    "\n  query FinaleConsole($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      prizes {\n        ...PrizeFields\n      }\n    }\n    campaignResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n": typeof types.FinaleConsoleDocument,
    "\n  mutation FinalizeResults($campaignId: ID!) {\n    finalizeResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n": typeof types.FinalizeResultsDocument,
    "\n  query JudgingQueue($campaignId: ID!, $first: Int, $offset: Int) {\n    judgingQueue(campaignId: $campaignId, first: $first, offset: $offset) {\n      story {\n        id\n        title\n        author {\n          id\n          displayName\n        }\n      }\n      myScore {\n        score\n        note\n      }\n      scores {\n        score\n        note\n        judge {\n          id\n          displayName\n        }\n      }\n      averageScore\n      judgeCount\n    }\n  }\n": typeof types.JudgingQueueDocument,
    "\n  mutation ScoreStory($storyId: ID!, $score: Int!, $note: String) {\n    scoreStory(storyId: $storyId, score: $score, note: $note)\n  }\n": typeof types.ScoreStoryDocument,
    "\n  query GalleryConsole($id: ID!) {\n    campaign(id: $id) {\n      id\n      slug\n      title\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": typeof types.GalleryConsoleDocument,
    "\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SetWebhookEndpointActive($id: ID!, $active: Boolean!) {\n    setWebhookEndpointActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetWebhookEndpointActiveDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    event\n    status\n    attempts\n    responseStatus\n    responseTimeMs\n    lastError\n    createdAt\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query CampaignBySlug($slug: String!) {\n    campaign(slug: $slug) {\n      ...CampaignPageFields\n      leaderboardFrozenAt\n      prizes {\n        ...PrizeFields\n      }\n      shareUrl\n      posterUrl\n    }\n  }\n": typeof types.CampaignBySlugDocument,
    "\n  query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CampaignFeedDocument,
    "\n  query CampaignResults($campaignId: ID!) {\n    campaignResults(campaignId: $campaignId) {\n      ...CampaignResultsFields\n    }\n  }\n": typeof types.CampaignResultsDocument,
    "\n  subscription CampaignUpdated($campaignId: ID!) {\n    campaignUpdated(campaignId: $campaignId) {\n      campaignId\n      stories {\n        storyId\n        likeCount\n        commentCount\n      }\n    }\n  }\n": typeof types.CampaignUpdatedDocument,
    "\n  query CampaignsByStatus($status: CampaignStatus!, $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        description\n        hashtag\n        coverImageUrl\n        startsAt\n        endsAt\n        status\n        storyCount\n        participantCount\n        leaderboardFrozenAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CampaignsByStatusDocument,
    "\n  mutation ClaimPrize($input: WinnerClaimInput!) {\n    claimPrize(input: $input) {\n      id\n      status\n      claimDeadline\n    }\n  }\n": typeof types.ClaimPrizeDocument,
    "\n  query ContributorLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    contributorLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      rank\n      likesReceived\n      storyCount\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.ContributorLeaderboardDocument,
    "\n  query FeaturedStories($first: Int, $after: String) {\n    featuredStories(first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FeaturedStoriesDocument,
    "\n  subscription LeaderboardChanged($campaignId: ID!) {\n    leaderboardChanged(campaignId: $campaignId) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n": typeof types.LeaderboardChangedDocument,
    "\n  query MyWins {\n    myWins {\n      id\n      status\n      claimDeadline\n      prize {\n        id\n        name\n      }\n      story {\n        id\n        campaign {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MyWinsDocument,
    "\n  fragment StoryLeaderboardEntryFields on LeaderboardStoryEntry {\n    rank\n    likeCount\n    story {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StoryLeaderboardEntryFieldsFragmentDoc,
    "\n  query StoryLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n": typeof types.StoryLeaderboardDocument,
    "\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation LiftSuspension($userId: ID!) {\n    liftSuspension(userId: $userId) {\n      id\n      suspendedUntil\n    }\n  }\n": typeof types.LiftSuspensionDocument,
    "\n  mutation ModerateStory($storyId: ID!, $decision: ModerationDecision!, $reason: String) {\n    moderateStory(storyId: $storyId, decision: $decision, reason: $reason) {\n      id\n      status\n      rejectionReason\n      publishedAt\n      featured\n    }\n  }\n": typeof types.ModerateStoryDocument,
    "\n  query ModerationCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.ModerationCampaignsDocument,
    "\n  query ModerationLog($first: Int, $after: String, $storyId: ID) {\n    moderationLog(first: $first, after: $after, storyId: $storyId) {\n      nodes {\n        id\n        kind\n        reason\n        createdAt\n        moderator {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n        }\n        comment {\n          id\n          body\n        }\n        targetUser {\n          id\n          displayName\n        }\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query ModerationQueue($campaignId: ID, $status: StoryStatus!, $first: Int, $after: String) {\n    moderationQueue(campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      nodes {\n        ...QueueStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query PendingStoryCount {\n    pendingStoryCount\n  }\n": typeof types.PendingStoryCountDocument,
    "\n  subscription PendingStoryCountChanged {\n    pendingStoryCountChanged\n  }\n": typeof types.PendingStoryCountChangedDocument,
    "\n  fragment QueueStoryFields on Story {\n    id\n    title\n    body\n    status\n    rejectionReason\n    usageRightsGranted\n    featured\n    createdAt\n    publishedAt\n    likeCount\n    commentCount\n    author {\n      id\n      displayName\n      avatarUrl\n      role\n      suspendedUntil\n      approvedStoryCount\n      createdAt\n    }\n    campaign {\n      id\n      slug\n      title\n    }\n    photos {\n      id\n      status\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n": typeof types.QueueStoryFieldsFragmentDoc,
    "\n  query Reports($status: ReportStatus!, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        status\n        createdAt\n        reporter {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n          body\n          status\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          photos {\n            id\n            thumbnailUrl\n          }\n        }\n        comment {\n          id\n          body\n          hidden\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          story {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ReportsDocument,
    "\n  mutation ResolveReport($reportId: ID!, $dismiss: Boolean, $note: String) {\n    resolveReport(reportId: $reportId, dismiss: $dismiss, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  subscription StorySubmitted($campaignId: ID) {\n    storySubmitted(campaignId: $campaignId) {\n      ...QueueStoryFields\n    }\n  }\n": typeof types.StorySubmittedDocument,
    "\n  mutation SuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      suspendedUntil\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  query SuspiciousLikes($campaignId: ID!) {\n    suspiciousLikes(campaignId: $campaignId) {\n      signal\n      createdHour\n      accounts\n      likes\n      narrowAccounts\n      userIds\n      someVoided\n      users {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SuspiciousLikesDocument,
    "\n  mutation VoidLikes($userId: ID!, $reason: String!) {\n    voidLikesOf(userId: $userId, reason: $reason)\n  }\n": typeof types.VoidLikesDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n    story {\n      id\n      title\n    }\n    comment {\n      id\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    emailKinds\n    mailableKinds\n  }\n": typeof types.NotificationSettingsFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query MyPoints($first: Int, $after: String) {\n    myPoints(first: $first, after: $after) {\n      balance\n      nodes {\n        id\n        amount\n        reason\n        day\n        createdAt\n        story {\n          id\n          title\n        }\n        campaign {\n          id\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyPointsDocument,
    "\n  query MyPointsBalance {\n    myPoints(first: 1) {\n      balance\n    }\n  }\n": typeof types.MyPointsBalanceDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n      bio\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query UserProfile($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      displayName\n      avatarUrl\n      bio\n      approvedStoryCount\n      likesReceived\n      createdAt\n      stories(first: $first, after: $after) {\n        nodes {\n          ...StoryCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  query SearchStories($query: String!, $campaignId: ID, $first: Int, $after: String) {\n    searchStories(query: $query, campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchStoriesDocument,
    "\n  mutation AddComment($storyId: ID!, $body: String!, $parentId: ID) {\n    addComment(storyId: $storyId, body: $body, parentId: $parentId) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  subscription CommentAdded($storyId: ID!, $after: ID) {\n    commentAdded(storyId: $storyId, after: $after) {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentAddedDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    hidden\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation HideStoryComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideStoryCommentDocument,
    "\n  fragment LikeButtonFields on Story {\n    id\n    likeCount\n    viewerHasLiked\n  }\n": typeof types.LikeButtonFieldsFragmentDoc,
    "\n  mutation LikeStory($storyId: ID!) {\n    likeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.LikeStoryDocument,
    "\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  query StoryPage($id: ID!) {\n    story(id: $id) {\n      id\n      title\n      body\n      hashtags\n      shareUrl\n      posterUrl\n      status\n      rejectionReason\n      featured\n      featuredAt\n      featureNote\n      likeCount\n      commentCount\n      viewerHasLiked\n      createdAt\n      publishedAt\n      editedAt\n      ...UsageRightsFields\n      products {\n        sku\n        name\n        url\n      }\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      campaign {\n        id\n        slug\n        title\n        hashtag\n        status\n        endsAt\n        leaderboardFrozenAt\n        requiresModeration\n      }\n      photos {\n        id\n        status\n        url\n        thumbnailUrl\n        width\n        height\n      }\n      comments(first: 20) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.StoryPageDocument,
    "\n  query StoryComments($id: ID!, $after: String) {\n    story(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.StoryCommentsDocument,
    "\n  subscription StoryUpdated($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      likeCount\n      commentCount\n      status\n      rejectionReason\n      featured\n      featuredAt\n      publishedAt\n    }\n  }\n": typeof types.StoryUpdatedDocument,
    "\n  mutation UnlikeStory($storyId: ID!) {\n    unlikeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.UnlikeStoryDocument,
    "\n  mutation DeleteStory($id: ID!) {\n    deleteStory(id: $id)\n  }\n": typeof types.DeleteStoryDocument,
    "\n  query MyStories($first: Int, $after: String) {\n    myStories(first: $first, after: $after) {\n      nodes {\n        ...MyStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyStoriesDocument,
    "\n  fragment MyStoryFields on Story {\n    id\n    title\n    status\n    rejectionReason\n    featured\n    likeCount\n    commentCount\n    ...UsageRightsFields\n    createdAt\n    publishedAt\n    photos {\n      id\n      status\n      thumbnailUrl\n    }\n    editedAt\n    campaign {\n      id\n      slug\n      title\n      status\n      requiresModeration\n    }\n  }\n": typeof types.MyStoryFieldsFragmentDoc,
    "\n  query ShareStoryCampaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title\n      hashtag\n      status\n      startsAt\n      endsAt\n      maxPhotosPerStory\n      requiresModeration\n      licenceText\n    }\n  }\n": typeof types.ShareStoryCampaignDocument,
    "\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...MyStoryFields\n    }\n  }\n": typeof types.SubmitStoryDocument,
    "\n  subscription SubmittedStoryStatus($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      status\n      rejectionReason\n      publishedAt\n    }\n  }\n": typeof types.SubmittedStoryStatusDocument,
    "\n  mutation UpdateStory($id: ID!, $input: UpdateStoryInput!) {\n    updateStory(id: $id, input: $input) {\n      ...MyStoryFields\n      body\n      hashtags\n    }\n  }\n": typeof types.UpdateStoryDocument,
    "\n  query StoryForEdit($id: ID!) {\n    story(id: $id) {\n      ...MyStoryFields\n      body\n      author {\n        id\n      }\n    }\n  }\n": typeof types.StoryForEditDocument,
    "\n  query CacheTestFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        id\n        title\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CacheTestFeedDocument,
    "query Me { me { id } }": typeof types.MeDocument,
    "\n  mutation RequestPhotoUpload($input: PhotoUploadInput!) {\n    requestPhotoUpload(input: $input) {\n      photo {\n        id\n        status\n      }\n      uploadUrl\n      uploadHeaders {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": typeof types.RequestPhotoUploadDocument,
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    avatarUrl\n    role\n    email\n    suspendedUntil\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  fragment CampaignPageFields on Campaign {\n    id\n    slug\n    title\n    description\n    hashtag\n    rules\n    coverImageUrl\n    startsAt\n    endsAt\n    status\n    requiresModeration\n    maxPhotosPerStory\n    storyCount\n    participantCount\n    pointsRules {\n      storyApproved\n      storyFeatured\n      prizeWon\n      likeReceived\n      likeReceivedDailyCap\n    }\n  }\n": types.CampaignPageFieldsFragmentDoc,
    "\n  mutation FeatureStory($storyId: ID!, $note: String) {\n    featureStory(storyId: $storyId, note: $note) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n": types.FeatureStoryDocument,
    "\n  mutation UnfeatureStory($storyId: ID!) {\n    unfeatureStory(storyId: $storyId) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n": types.UnfeatureStoryDocument,
    "\n  fragment PrizeFields on Prize {\n    id\n    name\n    description\n    quantity\n    method\n  }\n": types.PrizeFieldsFragmentDoc,
    "\n  fragment CampaignResultsFields on CampaignResults {\n    finalizedAt\n    voidedLikeCount\n    prizes {\n      prize {\n        ...PrizeFields\n      }\n      proof {\n        commitment\n        seed\n        entrantsHash\n        entrants\n        algorithm\n      }\n      winners {\n        id\n        place\n        status\n        claimDeadline\n        user {\n          id\n          displayName\n          avatarUrl\n        }\n        story {\n          id\n          title\n          likeCount\n        }\n      }\n      withdrawnPlaces {\n        place\n        status\n        deletedAccount\n      }\n    }\n  }\n": types.CampaignResultsFieldsFragmentDoc,
    "\n  query CampaignProducts($id: ID!) {\n    campaign(id: $id) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": types.CampaignProductsDocument,
    "\n  mutation TagProducts($storyId: ID!, $products: [ProductTagInput!]!) {\n    tagProducts(storyId: $storyId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": types.TagProductsDocument,
    "\n  mutation SetCampaignProducts($campaignId: ID!, $products: [ProductTagInput!]!) {\n    setCampaignProducts(campaignId: $campaignId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": types.SetCampaignProductsDocument,
    "\n  fragment StoryCardFields on Story {\n    id\n    title\n    body\n    status\n    featured\n    likeCount\n    commentCount\n    createdAt\n    publishedAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n    photos {\n      id\n      status\n      thumbnailUrl\n      url\n      width\n      height\n    }\n    campaign {\n      id\n    }\n  }\n": types.StoryCardFieldsFragmentDoc,
    "\n  mutation SetUsageScopes($storyId: ID!, $scopes: [UsageScope!]!) {\n    setUsageScopes(storyId: $storyId, scopes: $scopes) {\n      ...UsageRightsFields\n    }\n  }\n": types.SetUsageScopesDocument,
    "\n  fragment UsageRightsFields on Story {\n    id\n    usageRightsGranted\n    usageRightsGrantedAt\n    usageScopes\n    usageRightsHistory {\n      at\n      granted\n      scopes\n    }\n  }\n": types.UsageRightsFieldsFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation LogoutOtherSessions {\n    logoutOtherSessions\n  }\n": types.LogoutOtherSessionsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport\n  }\n": types.RequestDataExportDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation AddModerationTerm($input: ModerationTermInput!) {\n    addModerationTerm(input: $input) {\n      ...ModerationTermFields\n    }\n  }\n": types.AddModerationTermDocument,
    "\n  query BrandCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes {\n        ...CampaignPageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.BrandCampaignsDocument,
    "\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignPageFields\n      licenceText\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": types.CampaignForEditDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignPageFields\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  fragment ModerationTermFields on ModerationTerm {\n    id\n    term\n    action\n    campaignId\n    createdAt\n  }\n": types.ModerationTermFieldsFragmentDoc,
    "\n  query ModerationTerms($campaignId: ID) {\n    moderationTerms(campaignId: $campaignId) {\n      ...ModerationTermFields\n    }\n  }\n": types.ModerationTermsDocument,
    "\n  query TermCampaigns($first: Int) {\n    campaigns(first: $first) {\n      nodes {\n        id\n        title\n        status\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TermCampaignsDocument,
    "\n  mutation RemoveModerationTerm($id: ID!) {\n    removeModerationTerm(id: $id)\n  }\n": types.RemoveModerationTermDocument,
    "\n  mutation SetPointsRules($campaignId: ID!, $input: PointsRulesInput!) {\n    setPointsRules(campaignId: $campaignId, input: $input) {\n      id\n      pointsRules {\n        storyApproved\n        storyFeatured\n        prizeWon\n        likeReceived\n        likeReceivedDailyCap\n      }\n    }\n  }\n": types.SetPointsRulesDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignPageFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  query CampaignDashboard($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n    }\n    campaignStats(campaignId: $campaignId) {\n      storyCount\n      approvedStoryCount\n      pendingStoryCount\n      participantCount\n      likeCount\n      commentCount\n      usageRightsGrantedCount\n      engagementPerApprovedStory\n      funnel {\n        participants\n        submitted\n        approved\n        usageRightsGranted\n        featured\n      }\n      referredVisits\n      referredSignups\n      referredStories\n      topSharers {\n        visits\n        signups\n        user {\n          id\n          displayName\n        }\n      }\n      topHashtags {\n        tag\n        stories\n      }\n      daily {\n        date\n        stories\n        likes\n        comments\n      }\n    }\n    storyLeaderboard(campaignId: $campaignId, period: ALL_TIME, first: 10) {\n      rank\n      likeCount\n      story {\n        id\n        title\n        featured\n        commentCount\n        usageRightsGranted\n        products {\n          sku\n          name\n          url\n        }\n        author {\n          id\n          displayName\n        }\n        photos {\n          id\n          thumbnailUrl\n          url\n        }\n      }\n    }\n  }\n": types.CampaignDashboardDocument,
    "\n  mutation AddPrize($campaignId: ID!, $input: PrizeInput!) {\n    addPrize(campaignId: $campaignId, input: $input) {\n      ...PrizeFields\n    }\n  }\n": types.AddPrizeDocument,
    "\n  mutation DisqualifyWinner($winnerId: ID!, $reason: String!) {\n    disqualifyWinner(winnerId: $winnerId, reason: $reason) {\n      ...FinaleResultsFields\n    }\n  }\n": types.DisqualifyWinnerDocument,
    "\n  mutation DrawWinners($campaignId: ID!) {\n    drawWinners(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n": types.DrawWinnersDocument,
    "\n  fragment FinaleResultsFields on CampaignResults {\n    ...CampaignResultsFields\n    prizes {\n      winners {\n        id\n        claim {\n          recipientName\n          phone\n          address\n          claimedAt\n        }\n      }\n    }\n  }\n": types.FinaleResultsFieldsFragmentDoc,
    "\n  query FinaleConsole($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      prizes {\n        ...PrizeFields\n      }\n    }\n    campaignResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n": types.FinaleConsoleDocument,
    "\n  mutation FinalizeResults($campaignId: ID!) {\n    finalizeResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n": types.FinalizeResultsDocument,
    "\n  query JudgingQueue($campaignId: ID!, $first: Int, $offset: Int) {\n    judgingQueue(campaignId: $campaignId, first: $first, offset: $offset) {\n      story {\n        id\n        title\n        author {\n          id\n          displayName\n        }\n      }\n      myScore {\n        score\n        note\n      }\n      scores {\n        score\n        note\n        judge {\n          id\n          displayName\n        }\n      }\n      averageScore\n      judgeCount\n    }\n  }\n": types.JudgingQueueDocument,
    "\n  mutation ScoreStory($storyId: ID!, $score: Int!, $note: String) {\n    scoreStory(storyId: $storyId, score: $score, note: $note)\n  }\n": types.ScoreStoryDocument,
    "\n  query GalleryConsole($id: ID!) {\n    campaign(id: $id) {\n      id\n      slug\n      title\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n": types.GalleryConsoleDocument,
    "\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SetWebhookEndpointActive($id: ID!, $active: Boolean!) {\n    setWebhookEndpointActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetWebhookEndpointActiveDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    event\n    status\n    attempts\n    responseStatus\n    responseTimeMs\n    lastError\n    createdAt\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query CampaignBySlug($slug: String!) {\n    campaign(slug: $slug) {\n      ...CampaignPageFields\n      leaderboardFrozenAt\n      prizes {\n        ...PrizeFields\n      }\n      shareUrl\n      posterUrl\n    }\n  }\n": types.CampaignBySlugDocument,
    "\n  query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CampaignFeedDocument,
    "\n  query CampaignResults($campaignId: ID!) {\n    campaignResults(campaignId: $campaignId) {\n      ...CampaignResultsFields\n    }\n  }\n": types.CampaignResultsDocument,
    "\n  subscription CampaignUpdated($campaignId: ID!) {\n    campaignUpdated(campaignId: $campaignId) {\n      campaignId\n      stories {\n        storyId\n        likeCount\n        commentCount\n      }\n    }\n  }\n": types.CampaignUpdatedDocument,
    "\n  query CampaignsByStatus($status: CampaignStatus!, $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        description\n        hashtag\n        coverImageUrl\n        startsAt\n        endsAt\n        status\n        storyCount\n        participantCount\n        leaderboardFrozenAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CampaignsByStatusDocument,
    "\n  mutation ClaimPrize($input: WinnerClaimInput!) {\n    claimPrize(input: $input) {\n      id\n      status\n      claimDeadline\n    }\n  }\n": types.ClaimPrizeDocument,
    "\n  query ContributorLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    contributorLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      rank\n      likesReceived\n      storyCount\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.ContributorLeaderboardDocument,
    "\n  query FeaturedStories($first: Int, $after: String) {\n    featuredStories(first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FeaturedStoriesDocument,
    "\n  subscription LeaderboardChanged($campaignId: ID!) {\n    leaderboardChanged(campaignId: $campaignId) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n": types.LeaderboardChangedDocument,
    "\n  query MyWins {\n    myWins {\n      id\n      status\n      claimDeadline\n      prize {\n        id\n        name\n      }\n      story {\n        id\n        campaign {\n          id\n        }\n      }\n    }\n  }\n": types.MyWinsDocument,
    "\n  fragment StoryLeaderboardEntryFields on LeaderboardStoryEntry {\n    rank\n    likeCount\n    story {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.StoryLeaderboardEntryFieldsFragmentDoc,
    "\n  query StoryLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n": types.StoryLeaderboardDocument,
    "\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation LiftSuspension($userId: ID!) {\n    liftSuspension(userId: $userId) {\n      id\n      suspendedUntil\n    }\n  }\n": types.LiftSuspensionDocument,
    "\n  mutation ModerateStory($storyId: ID!, $decision: ModerationDecision!, $reason: String) {\n    moderateStory(storyId: $storyId, decision: $decision, reason: $reason) {\n      id\n      status\n      rejectionReason\n      publishedAt\n      featured\n    }\n  }\n": types.ModerateStoryDocument,
    "\n  query ModerationCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.ModerationCampaignsDocument,
    "\n  query ModerationLog($first: Int, $after: String, $storyId: ID) {\n    moderationLog(first: $first, after: $after, storyId: $storyId) {\n      nodes {\n        id\n        kind\n        reason\n        createdAt\n        moderator {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n        }\n        comment {\n          id\n          body\n        }\n        targetUser {\n          id\n          displayName\n        }\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query ModerationQueue($campaignId: ID, $status: StoryStatus!, $first: Int, $after: String) {\n    moderationQueue(campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      nodes {\n        ...QueueStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query PendingStoryCount {\n    pendingStoryCount\n  }\n": types.PendingStoryCountDocument,
    "\n  subscription PendingStoryCountChanged {\n    pendingStoryCountChanged\n  }\n": types.PendingStoryCountChangedDocument,
    "\n  fragment QueueStoryFields on Story {\n    id\n    title\n    body\n    status\n    rejectionReason\n    usageRightsGranted\n    featured\n    createdAt\n    publishedAt\n    likeCount\n    commentCount\n    author {\n      id\n      displayName\n      avatarUrl\n      role\n      suspendedUntil\n      approvedStoryCount\n      createdAt\n    }\n    campaign {\n      id\n      slug\n      title\n    }\n    photos {\n      id\n      status\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n": types.QueueStoryFieldsFragmentDoc,
    "\n  query Reports($status: ReportStatus!, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        status\n        createdAt\n        reporter {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n          body\n          status\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          photos {\n            id\n            thumbnailUrl\n          }\n        }\n        comment {\n          id\n          body\n          hidden\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          story {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ReportsDocument,
    "\n  mutation ResolveReport($reportId: ID!, $dismiss: Boolean, $note: String) {\n    resolveReport(reportId: $reportId, dismiss: $dismiss, note: $note) {\n      id\n      status\n    }\n  }\n": types.ResolveReportDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  subscription StorySubmitted($campaignId: ID) {\n    storySubmitted(campaignId: $campaignId) {\n      ...QueueStoryFields\n    }\n  }\n": types.StorySubmittedDocument,
    "\n  mutation SuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      suspendedUntil\n    }\n  }\n": types.SuspendUserDocument,
    "\n  query SuspiciousLikes($campaignId: ID!) {\n    suspiciousLikes(campaignId: $campaignId) {\n      signal\n      createdHour\n      accounts\n      likes\n      narrowAccounts\n      userIds\n      someVoided\n      users {\n        id\n        displayName\n      }\n    }\n  }\n": types.SuspiciousLikesDocument,
    "\n  mutation VoidLikes($userId: ID!, $reason: String!) {\n    voidLikesOf(userId: $userId, reason: $reason)\n  }\n": types.VoidLikesDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": types.NotificationBellDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n    story {\n      id\n      title\n    }\n    comment {\n      id\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    emailKinds\n    mailableKinds\n  }\n": types.NotificationSettingsFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query MyPoints($first: Int, $after: String) {\n    myPoints(first: $first, after: $after) {\n      balance\n      nodes {\n        id\n        amount\n        reason\n        day\n        createdAt\n        story {\n          id\n          title\n        }\n        campaign {\n          id\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyPointsDocument,
    "\n  query MyPointsBalance {\n    myPoints(first: 1) {\n      balance\n    }\n  }\n": types.MyPointsBalanceDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n      bio\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query UserProfile($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      displayName\n      avatarUrl\n      bio\n      approvedStoryCount\n      likesReceived\n      createdAt\n      stories(first: $first, after: $after) {\n        nodes {\n          ...StoryCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserProfileDocument,
    "\n  query SearchStories($query: String!, $campaignId: ID, $first: Int, $after: String) {\n    searchStories(query: $query, campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchStoriesDocument,
    "\n  mutation AddComment($storyId: ID!, $body: String!, $parentId: ID) {\n    addComment(storyId: $storyId, body: $body, parentId: $parentId) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  subscription CommentAdded($storyId: ID!, $after: ID) {\n    commentAdded(storyId: $storyId, after: $after) {\n      ...CommentFields\n    }\n  }\n": types.CommentAddedDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    hidden\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation HideStoryComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n": types.HideStoryCommentDocument,
    "\n  fragment LikeButtonFields on Story {\n    id\n    likeCount\n    viewerHasLiked\n  }\n": types.LikeButtonFieldsFragmentDoc,
    "\n  mutation LikeStory($storyId: ID!) {\n    likeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.LikeStoryDocument,
    "\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportContentDocument,
    "\n  query StoryPage($id: ID!) {\n    story(id: $id) {\n      id\n      title\n      body\n      hashtags\n      shareUrl\n      posterUrl\n      status\n      rejectionReason\n      featured\n      featuredAt\n      featureNote\n      likeCount\n      commentCount\n      viewerHasLiked\n      createdAt\n      publishedAt\n      editedAt\n      ...UsageRightsFields\n      products {\n        sku\n        name\n        url\n      }\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      campaign {\n        id\n        slug\n        title\n        hashtag\n        status\n        endsAt\n        leaderboardFrozenAt\n        requiresModeration\n      }\n      photos {\n        id\n        status\n        url\n        thumbnailUrl\n        width\n        height\n      }\n      comments(first: 20) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.StoryPageDocument,
    "\n  query StoryComments($id: ID!, $after: String) {\n    story(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.StoryCommentsDocument,
    "\n  subscription StoryUpdated($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      likeCount\n      commentCount\n      status\n      rejectionReason\n      featured\n      featuredAt\n      publishedAt\n    }\n  }\n": types.StoryUpdatedDocument,
    "\n  mutation UnlikeStory($storyId: ID!) {\n    unlikeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.UnlikeStoryDocument,
    "\n  mutation DeleteStory($id: ID!) {\n    deleteStory(id: $id)\n  }\n": types.DeleteStoryDocument,
    "\n  query MyStories($first: Int, $after: String) {\n    myStories(first: $first, after: $after) {\n      nodes {\n        ...MyStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyStoriesDocument,
    "\n  fragment MyStoryFields on Story {\n    id\n    title\n    status\n    rejectionReason\n    featured\n    likeCount\n    commentCount\n    ...UsageRightsFields\n    createdAt\n    publishedAt\n    photos {\n      id\n      status\n      thumbnailUrl\n    }\n    editedAt\n    campaign {\n      id\n      slug\n      title\n      status\n      requiresModeration\n    }\n  }\n": types.MyStoryFieldsFragmentDoc,
    "\n  query ShareStoryCampaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title\n      hashtag\n      status\n      startsAt\n      endsAt\n      maxPhotosPerStory\n      requiresModeration\n      licenceText\n    }\n  }\n": types.ShareStoryCampaignDocument,
    "\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...MyStoryFields\n    }\n  }\n": types.SubmitStoryDocument,
    "\n  subscription SubmittedStoryStatus($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      status\n      rejectionReason\n      publishedAt\n    }\n  }\n": types.SubmittedStoryStatusDocument,
    "\n  mutation UpdateStory($id: ID!, $input: UpdateStoryInput!) {\n    updateStory(id: $id, input: $input) {\n      ...MyStoryFields\n      body\n      hashtags\n    }\n  }\n": types.UpdateStoryDocument,
    "\n  query StoryForEdit($id: ID!) {\n    story(id: $id) {\n      ...MyStoryFields\n      body\n      author {\n        id\n      }\n    }\n  }\n": types.StoryForEditDocument,
    "\n  query CacheTestFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        id\n        title\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CacheTestFeedDocument,
    "query Me { me { id } }": types.MeDocument,
    "\n  mutation RequestPhotoUpload($input: PhotoUploadInput!) {\n    requestPhotoUpload(input: $input) {\n      photo {\n        id\n        status\n      }\n      uploadUrl\n      uploadHeaders {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": types.RequestPhotoUploadDocument,
    "\n  fragment ViewerFields on User {\n    id\n    displayName\n    avatarUrl\n    role\n    email\n    suspendedUntil\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignPageFields on Campaign {\n    id\n    slug\n    title\n    description\n    hashtag\n    rules\n    coverImageUrl\n    startsAt\n    endsAt\n    status\n    requiresModeration\n    maxPhotosPerStory\n    storyCount\n    participantCount\n    pointsRules {\n      storyApproved\n      storyFeatured\n      prizeWon\n      likeReceived\n      likeReceivedDailyCap\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignPageFields on Campaign {\n    id\n    slug\n    title\n    description\n    hashtag\n    rules\n    coverImageUrl\n    startsAt\n    endsAt\n    status\n    requiresModeration\n    maxPhotosPerStory\n    storyCount\n    participantCount\n    pointsRules {\n      storyApproved\n      storyFeatured\n      prizeWon\n      likeReceived\n      likeReceivedDailyCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeatureStory($storyId: ID!, $note: String) {\n    featureStory(storyId: $storyId, note: $note) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FeatureStory($storyId: ID!, $note: String) {\n    featureStory(storyId: $storyId, note: $note) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfeatureStory($storyId: ID!) {\n    unfeatureStory(storyId: $storyId) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnfeatureStory($storyId: ID!) {\n    unfeatureStory(storyId: $storyId) {\n      id\n      featured\n      featuredAt\n      featureNote\n      campaign {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrizeFields on Prize {\n    id\n    name\n    description\n    quantity\n    method\n  }\n"): (typeof documents)["\n  fragment PrizeFields on Prize {\n    id\n    name\n    description\n    quantity\n    method\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignResultsFields on CampaignResults {\n    finalizedAt\n    voidedLikeCount\n    prizes {\n      prize {\n        ...PrizeFields\n      }\n      proof {\n        commitment\n        seed\n        entrantsHash\n        entrants\n        algorithm\n      }\n      winners {\n        id\n        place\n        status\n        claimDeadline\n        user {\n          id\n          displayName\n          avatarUrl\n        }\n        story {\n          id\n          title\n          likeCount\n        }\n      }\n      withdrawnPlaces {\n        place\n        status\n        deletedAccount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignResultsFields on CampaignResults {\n    finalizedAt\n    voidedLikeCount\n    prizes {\n      prize {\n        ...PrizeFields\n      }\n      proof {\n        commitment\n        seed\n        entrantsHash\n        entrants\n        algorithm\n      }\n      winners {\n        id\n        place\n        status\n        claimDeadline\n        user {\n          id\n          displayName\n          avatarUrl\n        }\n        story {\n          id\n          title\n          likeCount\n        }\n      }\n      withdrawnPlaces {\n        place\n        status\n        deletedAccount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignProducts($id: ID!) {\n    campaign(id: $id) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignProducts($id: ID!) {\n    campaign(id: $id) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagProducts($storyId: ID!, $products: [ProductTagInput!]!) {\n    tagProducts(storyId: $storyId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TagProducts($storyId: ID!, $products: [ProductTagInput!]!) {\n    tagProducts(storyId: $storyId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCampaignProducts($campaignId: ID!, $products: [ProductTagInput!]!) {\n    setCampaignProducts(campaignId: $campaignId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCampaignProducts($campaignId: ID!, $products: [ProductTagInput!]!) {\n    setCampaignProducts(campaignId: $campaignId, products: $products) {\n      id\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryCardFields on Story {\n    id\n    title\n    body\n    status\n    featured\n    likeCount\n    commentCount\n    createdAt\n    publishedAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n    photos {\n      id\n      status\n      thumbnailUrl\n      url\n      width\n      height\n    }\n    campaign {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment StoryCardFields on Story {\n    id\n    title\n    body\n    status\n    featured\n    likeCount\n    commentCount\n    createdAt\n    publishedAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n    photos {\n      id\n      status\n      thumbnailUrl\n      url\n      width\n      height\n    }\n    campaign {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUsageScopes($storyId: ID!, $scopes: [UsageScope!]!) {\n    setUsageScopes(storyId: $storyId, scopes: $scopes) {\n      ...UsageRightsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUsageScopes($storyId: ID!, $scopes: [UsageScope!]!) {\n    setUsageScopes(storyId: $storyId, scopes: $scopes) {\n      ...UsageRightsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageRightsFields on Story {\n    id\n    usageRightsGranted\n    usageRightsGrantedAt\n    usageScopes\n    usageRightsHistory {\n      at\n      granted\n      scopes\n    }\n  }\n"): (typeof documents)["\n  fragment UsageRightsFields on Story {\n    id\n    usageRightsGranted\n    usageRightsGrantedAt\n    usageScopes\n    usageRightsHistory {\n      at\n      granted\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutOtherSessions {\n    logoutOtherSessions\n  }\n"): (typeof documents)["\n  mutation LogoutOtherSessions {\n    logoutOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModerationTerm($input: ModerationTermInput!) {\n    addModerationTerm(input: $input) {\n      ...ModerationTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddModerationTerm($input: ModerationTermInput!) {\n    addModerationTerm(input: $input) {\n      ...ModerationTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes {\n        ...CampaignPageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrandCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes {\n        ...CampaignPageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignPageFields\n      licenceText\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignPageFields\n      licenceText\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationTermFields on ModerationTerm {\n    id\n    term\n    action\n    campaignId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ModerationTermFields on ModerationTerm {\n    id\n    term\n    action\n    campaignId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationTerms($campaignId: ID) {\n    moderationTerms(campaignId: $campaignId) {\n      ...ModerationTermFields\n    }\n  }\n"): (typeof documents)["\n  query ModerationTerms($campaignId: ID) {\n    moderationTerms(campaignId: $campaignId) {\n      ...ModerationTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermCampaigns($first: Int) {\n    campaigns(first: $first) {\n      nodes {\n        id\n        title\n        status\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermCampaigns($first: Int) {\n    campaigns(first: $first) {\n      nodes {\n        id\n        title\n        status\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModerationTerm($id: ID!) {\n    removeModerationTerm(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveModerationTerm($id: ID!) {\n    removeModerationTerm(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPointsRules($campaignId: ID!, $input: PointsRulesInput!) {\n    setPointsRules(campaignId: $campaignId, input: $input) {\n      id\n      pointsRules {\n        storyApproved\n        storyFeatured\n        prizeWon\n        likeReceived\n        likeReceivedDailyCap\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPointsRules($campaignId: ID!, $input: PointsRulesInput!) {\n    setPointsRules(campaignId: $campaignId, input: $input) {\n      id\n      pointsRules {\n        storyApproved\n        storyFeatured\n        prizeWon\n        likeReceived\n        likeReceivedDailyCap\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDashboard($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n    }\n    campaignStats(campaignId: $campaignId) {\n      storyCount\n      approvedStoryCount\n      pendingStoryCount\n      participantCount\n      likeCount\n      commentCount\n      usageRightsGrantedCount\n      engagementPerApprovedStory\n      funnel {\n        participants\n        submitted\n        approved\n        usageRightsGranted\n        featured\n      }\n      referredVisits\n      referredSignups\n      referredStories\n      topSharers {\n        visits\n        signups\n        user {\n          id\n          displayName\n        }\n      }\n      topHashtags {\n        tag\n        stories\n      }\n      daily {\n        date\n        stories\n        likes\n        comments\n      }\n    }\n    storyLeaderboard(campaignId: $campaignId, period: ALL_TIME, first: 10) {\n      rank\n      likeCount\n      story {\n        id\n        title\n        featured\n        commentCount\n        usageRightsGranted\n        products {\n          sku\n          name\n          url\n        }\n        author {\n          id\n          displayName\n        }\n        photos {\n          id\n          thumbnailUrl\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDashboard($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n    }\n    campaignStats(campaignId: $campaignId) {\n      storyCount\n      approvedStoryCount\n      pendingStoryCount\n      participantCount\n      likeCount\n      commentCount\n      usageRightsGrantedCount\n      engagementPerApprovedStory\n      funnel {\n        participants\n        submitted\n        approved\n        usageRightsGranted\n        featured\n      }\n      referredVisits\n      referredSignups\n      referredStories\n      topSharers {\n        visits\n        signups\n        user {\n          id\n          displayName\n        }\n      }\n      topHashtags {\n        tag\n        stories\n      }\n      daily {\n        date\n        stories\n        likes\n        comments\n      }\n    }\n    storyLeaderboard(campaignId: $campaignId, period: ALL_TIME, first: 10) {\n      rank\n      likeCount\n      story {\n        id\n        title\n        featured\n        commentCount\n        usageRightsGranted\n        products {\n          sku\n          name\n          url\n        }\n        author {\n          id\n          displayName\n        }\n        photos {\n          id\n          thumbnailUrl\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPrize($campaignId: ID!, $input: PrizeInput!) {\n    addPrize(campaignId: $campaignId, input: $input) {\n      ...PrizeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPrize($campaignId: ID!, $input: PrizeInput!) {\n    addPrize(campaignId: $campaignId, input: $input) {\n      ...PrizeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisqualifyWinner($winnerId: ID!, $reason: String!) {\n    disqualifyWinner(winnerId: $winnerId, reason: $reason) {\n      ...FinaleResultsFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisqualifyWinner($winnerId: ID!, $reason: String!) {\n    disqualifyWinner(winnerId: $winnerId, reason: $reason) {\n      ...FinaleResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawWinners($campaignId: ID!) {\n    drawWinners(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrawWinners($campaignId: ID!) {\n    drawWinners(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinaleResultsFields on CampaignResults {\n    ...CampaignResultsFields\n    prizes {\n      winners {\n        id\n        claim {\n          recipientName\n          phone\n          address\n          claimedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FinaleResultsFields on CampaignResults {\n    ...CampaignResultsFields\n    prizes {\n      winners {\n        id\n        claim {\n          recipientName\n          phone\n          address\n          claimedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinaleConsole($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      prizes {\n        ...PrizeFields\n      }\n    }\n    campaignResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n"): (typeof documents)["\n  query FinaleConsole($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      prizes {\n        ...PrizeFields\n      }\n    }\n    campaignResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeResults($campaignId: ID!) {\n    finalizeResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeResults($campaignId: ID!) {\n    finalizeResults(campaignId: $campaignId) {\n      ...FinaleResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JudgingQueue($campaignId: ID!, $first: Int, $offset: Int) {\n    judgingQueue(campaignId: $campaignId, first: $first, offset: $offset) {\n      story {\n        id\n        title\n        author {\n          id\n          displayName\n        }\n      }\n      myScore {\n        score\n        note\n      }\n      scores {\n        score\n        note\n        judge {\n          id\n          displayName\n        }\n      }\n      averageScore\n      judgeCount\n    }\n  }\n"): (typeof documents)["\n  query JudgingQueue($campaignId: ID!, $first: Int, $offset: Int) {\n    judgingQueue(campaignId: $campaignId, first: $first, offset: $offset) {\n      story {\n        id\n        title\n        author {\n          id\n          displayName\n        }\n      }\n      myScore {\n        score\n        note\n      }\n      scores {\n        score\n        note\n        judge {\n          id\n          displayName\n        }\n      }\n      averageScore\n      judgeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreStory($storyId: ID!, $score: Int!, $note: String) {\n    scoreStory(storyId: $storyId, score: $score, note: $note)\n  }\n"): (typeof documents)["\n  mutation ScoreStory($storyId: ID!, $score: Int!, $note: String) {\n    scoreStory(storyId: $storyId, score: $score, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GalleryConsole($id: ID!) {\n    campaign(id: $id) {\n      id\n      slug\n      title\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query GalleryConsole($id: ID!) {\n    campaign(id: $id) {\n      id\n      slug\n      title\n      products {\n        sku\n        name\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookEndpointActive($id: ID!, $active: Boolean!) {\n    setWebhookEndpointActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetWebhookEndpointActive($id: ID!, $active: Boolean!) {\n    setWebhookEndpointActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    event\n    status\n    attempts\n    responseStatus\n    responseTimeMs\n    lastError\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    event\n    status\n    attempts\n    responseStatus\n    responseTimeMs\n    lastError\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignBySlug($slug: String!) {\n    campaign(slug: $slug) {\n      ...CampaignPageFields\n      leaderboardFrozenAt\n      prizes {\n        ...PrizeFields\n      }\n      shareUrl\n      posterUrl\n    }\n  }\n"): (typeof documents)["\n  query CampaignBySlug($slug: String!) {\n    campaign(slug: $slug) {\n      ...CampaignPageFields\n      leaderboardFrozenAt\n      prizes {\n        ...PrizeFields\n      }\n      shareUrl\n      posterUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignResults($campaignId: ID!) {\n    campaignResults(campaignId: $campaignId) {\n      ...CampaignResultsFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignResults($campaignId: ID!) {\n    campaignResults(campaignId: $campaignId) {\n      ...CampaignResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignUpdated($campaignId: ID!) {\n    campaignUpdated(campaignId: $campaignId) {\n      campaignId\n      stories {\n        storyId\n        likeCount\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CampaignUpdated($campaignId: ID!) {\n    campaignUpdated(campaignId: $campaignId) {\n      campaignId\n      stories {\n        storyId\n        likeCount\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsByStatus($status: CampaignStatus!, $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        description\n        hashtag\n        coverImageUrl\n        startsAt\n        endsAt\n        status\n        storyCount\n        participantCount\n        leaderboardFrozenAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignsByStatus($status: CampaignStatus!, $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        description\n        hashtag\n        coverImageUrl\n        startsAt\n        endsAt\n        status\n        storyCount\n        participantCount\n        leaderboardFrozenAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPrize($input: WinnerClaimInput!) {\n    claimPrize(input: $input) {\n      id\n      status\n      claimDeadline\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPrize($input: WinnerClaimInput!) {\n    claimPrize(input: $input) {\n      id\n      status\n      claimDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributorLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    contributorLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      rank\n      likesReceived\n      storyCount\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContributorLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    contributorLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      rank\n      likesReceived\n      storyCount\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeaturedStories($first: Int, $after: String) {\n    featuredStories(first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeaturedStories($first: Int, $after: String) {\n    featuredStories(first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeaderboardChanged($campaignId: ID!) {\n    leaderboardChanged(campaignId: $campaignId) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n"): (typeof documents)["\n  subscription LeaderboardChanged($campaignId: ID!) {\n    leaderboardChanged(campaignId: $campaignId) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWins {\n    myWins {\n      id\n      status\n      claimDeadline\n      prize {\n        id\n        name\n      }\n      story {\n        id\n        campaign {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWins {\n    myWins {\n      id\n      status\n      claimDeadline\n      prize {\n        id\n        name\n      }\n      story {\n        id\n        campaign {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryLeaderboardEntryFields on LeaderboardStoryEntry {\n    rank\n    likeCount\n    story {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StoryLeaderboardEntryFields on LeaderboardStoryEntry {\n    rank\n    likeCount\n    story {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n"): (typeof documents)["\n  query StoryLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {\n    storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) {\n      ...StoryLeaderboardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftSuspension($userId: ID!) {\n    liftSuspension(userId: $userId) {\n      id\n      suspendedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation LiftSuspension($userId: ID!) {\n    liftSuspension(userId: $userId) {\n      id\n      suspendedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateStory($storyId: ID!, $decision: ModerationDecision!, $reason: String) {\n    moderateStory(storyId: $storyId, decision: $decision, reason: $reason) {\n      id\n      status\n      rejectionReason\n      publishedAt\n      featured\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateStory($storyId: ID!, $decision: ModerationDecision!, $reason: String) {\n    moderateStory(storyId: $storyId, decision: $decision, reason: $reason) {\n      id\n      status\n      rejectionReason\n      publishedAt\n      featured\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($first: Int, $after: String, $storyId: ID) {\n    moderationLog(first: $first, after: $after, storyId: $storyId) {\n      nodes {\n        id\n        kind\n        reason\n        createdAt\n        moderator {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n        }\n        comment {\n          id\n          body\n        }\n        targetUser {\n          id\n          displayName\n        }\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($first: Int, $after: String, $storyId: ID) {\n    moderationLog(first: $first, after: $after, storyId: $storyId) {\n      nodes {\n        id\n        kind\n        reason\n        createdAt\n        moderator {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n        }\n        comment {\n          id\n          body\n        }\n        targetUser {\n          id\n          displayName\n        }\n        campaign {\n          id\n          slug\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($campaignId: ID, $status: StoryStatus!, $first: Int, $after: String) {\n    moderationQueue(campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      nodes {\n        ...QueueStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($campaignId: ID, $status: StoryStatus!, $first: Int, $after: String) {\n    moderationQueue(campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      nodes {\n        ...QueueStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingStoryCount {\n    pendingStoryCount\n  }\n"): (typeof documents)["\n  query PendingStoryCount {\n    pendingStoryCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PendingStoryCountChanged {\n    pendingStoryCountChanged\n  }\n"): (typeof documents)["\n  subscription PendingStoryCountChanged {\n    pendingStoryCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueStoryFields on Story {\n    id\n    title\n    body\n    status\n    rejectionReason\n    usageRightsGranted\n    featured\n    createdAt\n    publishedAt\n    likeCount\n    commentCount\n    author {\n      id\n      displayName\n      avatarUrl\n      role\n      suspendedUntil\n      approvedStoryCount\n      createdAt\n    }\n    campaign {\n      id\n      slug\n      title\n    }\n    photos {\n      id\n      status\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n"): (typeof documents)["\n  fragment QueueStoryFields on Story {\n    id\n    title\n    body\n    status\n    rejectionReason\n    usageRightsGranted\n    featured\n    createdAt\n    publishedAt\n    likeCount\n    commentCount\n    author {\n      id\n      displayName\n      avatarUrl\n      role\n      suspendedUntil\n      approvedStoryCount\n      createdAt\n    }\n    campaign {\n      id\n      slug\n      title\n    }\n    photos {\n      id\n      status\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($status: ReportStatus!, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        status\n        createdAt\n        reporter {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n          body\n          status\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          photos {\n            id\n            thumbnailUrl\n          }\n        }\n        comment {\n          id\n          body\n          hidden\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          story {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reports($status: ReportStatus!, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        status\n        createdAt\n        reporter {\n          id\n          displayName\n        }\n        story {\n          id\n          title\n          body\n          status\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          photos {\n            id\n            thumbnailUrl\n          }\n        }\n        comment {\n          id\n          body\n          hidden\n          author {\n            id\n            displayName\n            role\n            suspendedUntil\n          }\n          story {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($reportId: ID!, $dismiss: Boolean, $note: String) {\n    resolveReport(reportId: $reportId, dismiss: $dismiss, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($reportId: ID!, $dismiss: Boolean, $note: String) {\n    resolveReport(reportId: $reportId, dismiss: $dismiss, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StorySubmitted($campaignId: ID) {\n    storySubmitted(campaignId: $campaignId) {\n      ...QueueStoryFields\n    }\n  }\n"): (typeof documents)["\n  subscription StorySubmitted($campaignId: ID) {\n    storySubmitted(campaignId: $campaignId) {\n      ...QueueStoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      suspendedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendUser($userId: ID!, $reason: String!, $until: DateTime) {\n    suspendUser(userId: $userId, reason: $reason, until: $until) {\n      id\n      suspendedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuspiciousLikes($campaignId: ID!) {\n    suspiciousLikes(campaignId: $campaignId) {\n      signal\n      createdHour\n      accounts\n      likes\n      narrowAccounts\n      userIds\n      someVoided\n      users {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuspiciousLikes($campaignId: ID!) {\n    suspiciousLikes(campaignId: $campaignId) {\n      signal\n      createdHour\n      accounts\n      likes\n      narrowAccounts\n      userIds\n      someVoided\n      users {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidLikes($userId: ID!, $reason: String!) {\n    voidLikesOf(userId: $userId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation VoidLikes($userId: ID!, $reason: String!) {\n    voidLikesOf(userId: $userId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n    story {\n      id\n      title\n    }\n    comment {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    read\n    createdAt\n    story {\n      id\n      title\n    }\n    comment {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    emailKinds\n    mailableKinds\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    emailKinds\n    mailableKinds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPoints($first: Int, $after: String) {\n    myPoints(first: $first, after: $after) {\n      balance\n      nodes {\n        id\n        amount\n        reason\n        day\n        createdAt\n        story {\n          id\n          title\n        }\n        campaign {\n          id\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPoints($first: Int, $after: String) {\n    myPoints(first: $first, after: $after) {\n      balance\n      nodes {\n        id\n        amount\n        reason\n        day\n        createdAt\n        story {\n          id\n          title\n        }\n        campaign {\n          id\n          title\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPointsBalance {\n    myPoints(first: 1) {\n      balance\n    }\n  }\n"): (typeof documents)["\n  query MyPointsBalance {\n    myPoints(first: 1) {\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n      bio\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n      bio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      displayName\n      avatarUrl\n      bio\n      approvedStoryCount\n      likesReceived\n      createdAt\n      stories(first: $first, after: $after) {\n        nodes {\n          ...StoryCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      displayName\n      avatarUrl\n      bio\n      approvedStoryCount\n      likesReceived\n      createdAt\n      stories(first: $first, after: $after) {\n        nodes {\n          ...StoryCardFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchStories($query: String!, $campaignId: ID, $first: Int, $after: String) {\n    searchStories(query: $query, campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchStories($query: String!, $campaignId: ID, $first: Int, $after: String) {\n    searchStories(query: $query, campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...StoryCardFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($storyId: ID!, $body: String!, $parentId: ID) {\n    addComment(storyId: $storyId, body: $body, parentId: $parentId) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($storyId: ID!, $body: String!, $parentId: ID) {\n    addComment(storyId: $storyId, body: $body, parentId: $parentId) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentAdded($storyId: ID!, $after: ID) {\n    commentAdded(storyId: $storyId, after: $after) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  subscription CommentAdded($storyId: ID!, $after: ID) {\n    commentAdded(storyId: $storyId, after: $after) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    hidden\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    hidden\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideStoryComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation HideStoryComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LikeButtonFields on Story {\n    id\n    likeCount\n    viewerHasLiked\n  }\n"): (typeof documents)["\n  fragment LikeButtonFields on Story {\n    id\n    likeCount\n    viewerHasLiked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeStory($storyId: ID!) {\n    likeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation LikeStory($storyId: ID!) {\n    likeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryPage($id: ID!) {\n    story(id: $id) {\n      id\n      title\n      body\n      hashtags\n      shareUrl\n      posterUrl\n      status\n      rejectionReason\n      featured\n      featuredAt\n      featureNote\n      likeCount\n      commentCount\n      viewerHasLiked\n      createdAt\n      publishedAt\n      editedAt\n      ...UsageRightsFields\n      products {\n        sku\n        name\n        url\n      }\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      campaign {\n        id\n        slug\n        title\n        hashtag\n        status\n        endsAt\n        leaderboardFrozenAt\n        requiresModeration\n      }\n      photos {\n        id\n        status\n        url\n        thumbnailUrl\n        width\n        height\n      }\n      comments(first: 20) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoryPage($id: ID!) {\n    story(id: $id) {\n      id\n      title\n      body\n      hashtags\n      shareUrl\n      posterUrl\n      status\n      rejectionReason\n      featured\n      featuredAt\n      featureNote\n      likeCount\n      commentCount\n      viewerHasLiked\n      createdAt\n      publishedAt\n      editedAt\n      ...UsageRightsFields\n      products {\n        sku\n        name\n        url\n      }\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      campaign {\n        id\n        slug\n        title\n        hashtag\n        status\n        endsAt\n        leaderboardFrozenAt\n        requiresModeration\n      }\n      photos {\n        id\n        status\n        url\n        thumbnailUrl\n        width\n        height\n      }\n      comments(first: 20) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryComments($id: ID!, $after: String) {\n    story(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoryComments($id: ID!, $after: String) {\n    story(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        nodes {\n          ...CommentFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StoryUpdated($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      likeCount\n      commentCount\n      status\n      rejectionReason\n      featured\n      featuredAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  subscription StoryUpdated($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      likeCount\n      commentCount\n      status\n      rejectionReason\n      featured\n      featuredAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeStory($storyId: ID!) {\n    unlikeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeStory($storyId: ID!) {\n    unlikeStory(storyId: $storyId) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStory($id: ID!) {\n    deleteStory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteStory($id: ID!) {\n    deleteStory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStories($first: Int, $after: String) {\n    myStories(first: $first, after: $after) {\n      nodes {\n        ...MyStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyStories($first: Int, $after: String) {\n    myStories(first: $first, after: $after) {\n      nodes {\n        ...MyStoryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyStoryFields on Story {\n    id\n    title\n    status\n    rejectionReason\n    featured\n    likeCount\n    commentCount\n    ...UsageRightsFields\n    createdAt\n    publishedAt\n    photos {\n      id\n      status\n      thumbnailUrl\n    }\n    editedAt\n    campaign {\n      id\n      slug\n      title\n      status\n      requiresModeration\n    }\n  }\n"): (typeof documents)["\n  fragment MyStoryFields on Story {\n    id\n    title\n    status\n    rejectionReason\n    featured\n    likeCount\n    commentCount\n    ...UsageRightsFields\n    createdAt\n    publishedAt\n    photos {\n      id\n      status\n      thumbnailUrl\n    }\n    editedAt\n    campaign {\n      id\n      slug\n      title\n      status\n      requiresModeration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareStoryCampaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title\n      hashtag\n      status\n      startsAt\n      endsAt\n      maxPhotosPerStory\n      requiresModeration\n      licenceText\n    }\n  }\n"): (typeof documents)["\n  query ShareStoryCampaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      title\n      hashtag\n      status\n      startsAt\n      endsAt\n      maxPhotosPerStory\n      requiresModeration\n      licenceText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...MyStoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...MyStoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubmittedStoryStatus($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      status\n      rejectionReason\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  subscription SubmittedStoryStatus($storyId: ID!) {\n    storyUpdated(storyId: $storyId) {\n      id\n      status\n      rejectionReason\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStory($id: ID!, $input: UpdateStoryInput!) {\n    updateStory(id: $id, input: $input) {\n      ...MyStoryFields\n      body\n      hashtags\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStory($id: ID!, $input: UpdateStoryInput!) {\n    updateStory(id: $id, input: $input) {\n      ...MyStoryFields\n      body\n      hashtags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryForEdit($id: ID!) {\n    story(id: $id) {\n      ...MyStoryFields\n      body\n      author {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoryForEdit($id: ID!) {\n    story(id: $id) {\n      ...MyStoryFields\n      body\n      author {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheTestFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        id\n        title\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheTestFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {\n    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {\n      nodes {\n        id\n        title\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id } }"): (typeof documents)["query Me { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPhotoUpload($input: PhotoUploadInput!) {\n    requestPhotoUpload(input: $input) {\n      photo {\n        id\n        status\n      }\n      uploadUrl\n      uploadHeaders {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPhotoUpload($input: PhotoUploadInput!) {\n    requestPhotoUpload(input: $input) {\n      photo {\n        id\n        status\n      }\n      uploadUrl\n      uploadHeaders {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    displayName\n    avatarUrl\n    role\n    email\n    suspendedUntil\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    displayName\n    avatarUrl\n    role\n    email\n    suspendedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;