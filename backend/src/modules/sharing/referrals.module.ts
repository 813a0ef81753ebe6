import { Module } from '@nestjs/common';
import { ReferralsService } from './referrals.service';

/**
 * Attribution on its own, with no domain imports, so that sign-up (accounts) can credit a shared
 * link while the rest of sharing builds on accounts.
 */
@Module({
  providers: [ReferralsService],
  exports: [ReferralsService],
})
export class ReferralsModule {}
