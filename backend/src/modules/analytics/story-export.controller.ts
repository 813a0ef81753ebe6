import { Controller, Get, Headers, Param, Req, Res } from '@nestjs/common';
import { Viewer, ViewerLookup } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { TokenService } from '../../core/auth/token.service';
import { AppError } from '../../core/errors/app-errors';
import { isId } from '../../core/graphql/id.pipe';
import { isBrandStaff } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { STORY_EXPORT_COLUMNS, StoryExportService } from './story-export.service';

/**
 * GET /exports/campaigns/:campaignId/stories.csv with `Authorization: Bearer …` of BRAND_STAFF
 * or ADMIN. RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel shows Chinese), cells that
 * could run as formulas neutralised, streamed row by row.
 */
@Controller('exports')
export class StoryExportController {
  constructor(
    private readonly tokens: TokenService,
    private readonly exports: StoryExportService,
    private readonly viewers: ViewerLookup,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('campaigns/:campaignId/stories.csv')
  async storiesCsv(
    @Param('campaignId') campaignId: string,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const refuse = (status: number, message: string) => res.status(status).json({ error: message });
    let viewer: Viewer | null = null;
    try {
      const token = TokenService.fromAuthorization(authorization);
      if (token) viewer = await this.viewers.findViewer(this.tokens.verify(token));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    if (!viewer) return refuse(401, 'Sign in as brand staff to export stories.');
    if (!isBrandStaff(viewer)) return refuse(403, 'Only brand staff can export stories.');
    const campaign = isId(campaignId) ? await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId }) : null;
    if (!campaign) return refuse(404, 'That campaign was not found.');

    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${campaign.slug}-stories.csv"`);
    await pipeline(
      Readable.from(this.exports.rows(campaign.id, `${req.protocol}://${req.get('host')}`)),
      stringify({ bom: true, header: true, columns: STORY_EXPORT_COLUMNS, escape_formulas: true, record_delimiter: 'windows' }),
      res,
    );
  }
}
