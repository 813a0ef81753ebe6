// Every URL the app links to, in one place, so routes and links cannot drift.
export const paths = {
  home: () => '/',
  campaign: (slug: string) => `/c/${encodeURIComponent(slug)}`,
  campaignResults: (slug: string) => `/c/${encodeURIComponent(slug)}/results`,
  shareStory: (slug: string) => `/c/${encodeURIComponent(slug)}/share`,
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  editStory: (id: string) => `/stories/${encodeURIComponent(id)}/edit`,
  myStories: () => '/me/stories',
  account: () => '/me/account',
  notifications: () => '/me/notifications',
  points: () => '/me/points',
  profile: (userId: string) => `/u/${encodeURIComponent(userId)}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  hashtag: (tag: string) => `/tags/${encodeURIComponent(tag.replace(/^[#＃]/, ''))}`,
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  forgotPassword: () => '/forgot-password',
  register: (next?: string) => (next ? `/register?next=${encodeURIComponent(next)}` : '/register'),
  moderationQueue: () => '/moderation',
  moderationReports: () => '/moderation/reports',
  moderationLog: () => '/moderation/log',
  moderationLikes: () => '/moderation/likes',
  brandCampaigns: () => '/brand',
  brandNewCampaign: () => '/brand/campaigns/new',
  brandEditCampaign: (id: string) => `/brand/campaigns/${encodeURIComponent(id)}/edit`,
  brandDashboard: (id: string) => `/brand/campaigns/${encodeURIComponent(id)}/dashboard`,
  brandFinale: (id: string) => `/brand/campaigns/${encodeURIComponent(id)}/finale`,
  brandWebhooks: () => '/brand/webhooks',
  brandGallery: (id: string) => `/brand/campaigns/${encodeURIComponent(id)}/gallery`,
  brandTerms: (campaignId?: string) => (campaignId ? `/brand/terms?campaign=${encodeURIComponent(campaignId)}` : '/brand/terms'),
};

/** Only same-site paths are followed after sign-in, never an attacker's URL. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return paths.home();
  return next;
}

/**
 * Where signing in lands when no page asked for it: staff start at their console, customers
 * at the campaigns.
 */
export function landingPath(role: string | null | undefined): string {
  if (role === 'MODERATOR' || role === 'ADMIN') return paths.moderationQueue();
  if (role === 'BRAND_STAFF') return paths.brandCampaigns();
  return paths.home();
}
