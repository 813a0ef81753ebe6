// Entry point for the lazily loaded brand staff area.
export { BrandLayout } from './BrandLayout';
export { BrandCampaignsPage } from './BrandCampaignsPage';
export { CampaignEditorPage } from './CampaignEditorPage';
export { ModerationTermsPage } from './ModerationTermsPage';
export { FinalePage } from './finale/FinalePage';
export { WebhooksPage } from './webhooks/WebhooksPage';
export { GalleryConsolePage } from './gallery/GalleryConsolePage';
