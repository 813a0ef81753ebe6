import { Module } from '@nestjs/common';
import { PagePreviews } from '../../core/web/page-previews';
import { AccountsModule } from '../accounts/accounts.module';
import { CampaignReferralsResolver, SharerStatResolver } from './campaign-referrals.resolver';
import { SharePagePreviews } from './page-previews.service';
import { PosterRenderer } from './poster-renderer';
import { PostersController } from './posters.controller';
import { PostersService } from './posters.service';
import { ReferralCountsByCampaignLoader } from './referral-counts-by-campaign.loader';
import { ReferralsModule } from './referrals.module';
import { CampaignSharingResolver, StorySharingResolver } from './sharing.resolver';
import { ShareLinks } from './share-links';

/**
 * Sharing: absolute links with their sharer, link previews for crawlers (the web-app server's
 * PagePreviews port), posters with QR codes, and attribution of the visits and sign-ups that
 * shared links bring (ReferralsModule).
 */
@Module({
  imports: [AccountsModule, ReferralsModule],
  controllers: [PostersController],
  providers: [ShareLinks, PosterRenderer, PostersService, SharePagePreviews, { provide: PagePreviews, useExisting: SharePagePreviews }, StorySharingResolver, CampaignSharingResolver,
    ReferralCountsByCampaignLoader, CampaignReferralsResolver, SharerStatResolver],
  exports: [ShareLinks, PagePreviews],
})
export class SharingModule {}
