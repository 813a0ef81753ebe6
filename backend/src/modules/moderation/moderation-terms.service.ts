import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ModerationTermInput } from './dto/moderation-term.input';
import { ModerationLogService } from './moderation-log.service';
import { ModerationTermEntity } from './moderation-term.entity';
import { normalizeForMatching } from './word-filter.service';

/** The word list, managed by BRAND_STAFF and ADMIN; every change is logged. */
@Injectable()
export class ModerationTermsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLogService,
  ) {}

  /** The global list, or one campaign's own list (the global one applies there too). */
  async list(campaignId: string | null): Promise<ModerationTermEntity[]> {
    return this.dataSource.getRepository(ModerationTermEntity).find({
      where: { campaignId: campaignId ?? IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async add(actor: Viewer, input: ModerationTermInput): Promise<ModerationTermEntity> {
    const normalizedTerm = normalizeForMatching(input.term);
    if (!normalizedTerm) throw new BadUserInputError('The term must contain letters or digits, not only spaces and symbols.', 'term');
    if (normalizedTerm.length > 100) throw new BadUserInputError('The term must be 1 to 100 characters.', 'term');
    const campaignId = input.campaignId ?? null;
    return this.dataSource.transaction(async (manager) => {
      if (campaignId && !(await manager.existsBy(CampaignEntity, { id: campaignId }))) throw new NotFoundError('That campaign');
      if (await manager.existsBy(ModerationTermEntity, { normalizedTerm, campaignId: campaignId ?? IsNull() })) {
        throw new ConflictError('This term is already on the list.', 'term');
      }
      const term = await manager.save(
        manager.create(ModerationTermEntity, { term: input.term, normalizedTerm, action: input.action, campaignId, createdById: actor.id }),
      );
      await this.log.record({ action: 'ADD_TERM', moderatorId: actor.id, campaignId, reason: `${input.action}: ${input.term}` }, manager);
      return term;
    });
  }

  async remove(actor: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const term = await manager.findOneBy(ModerationTermEntity, { id });
      if (!term) throw new NotFoundError('That term');
      await manager.delete(ModerationTermEntity, { id });
      await this.log.record(
        { action: 'REMOVE_TERM', moderatorId: actor.id, campaignId: term.campaignId, reason: `${term.action}: ${term.term}` },
        manager,
      );
    });
  }
}
