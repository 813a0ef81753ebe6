import { REUSE_SCOPES, UsageScope } from '../stories/usage-scope';
import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { ViewerDirectory } from '../../core/auth/viewer-directory';
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
import { inertCell, storyExportColumns, StoryExportService } from './story-export.service';

/**
 * GET /exports/campaigns/:campaignId/stories.csv with `Authorization: Bearer …` of BRAND_STAFF
 * or ADMIN: the stories whose authors granted usage rights (`?include=all` for every APPROVED
 * story, with the consent columns). RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel shows
 * Chinese); every field holding a line break, comma or quote is quoted, and every line of a cell
 * that could run as a formula is neutralised; times in UTC and in the campaign's zone; one photo
 * per column; streamed row by row.
 */
@Controller('exports')
export class StoryExportController {
  constructor(
    private readonly tokens: TokenService,
    private readonly exports: StoryExportService,
    private readonly viewers: ViewerDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('campaigns/:campaignId/stories.csv')
  async storiesCsv(
    @Param('campaignId') campaignId: string,
    @Query('include') include: string | undefined,
    @Query('scope') scope: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const refuse = (status: number, message: string) => res.status(status).json({ error: message });
    let viewer: Viewer | null = null;
    try {
      const token = TokenService.fromAuthorization(authorization);
      if (token) viewer = await this.viewers.find(this.tokens.claims(token));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    if (!viewer) return refuse(401, 'Sign in as brand staff to export stories.');
    if (!isBrandStaff(viewer)) return refuse(403, 'Only brand staff can export stories.');
    const campaign = isId(campaignId) ? await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId }) : null;
    if (!campaign) return refuse(404, 'That campaign was not found.');
    if (include !== undefined && include !== 'all' && include !== 'consented') return refuse(400, 'include must be "all" or "consented".');
    if (scope !== undefined && !(REUSE_SCOPES as string[]).includes(scope)) return refuse(400, `scope must be one of ${REUSE_SCOPES.join(', ')}.`);
    const options = {
      includeWithoutConsent: include === 'all',
      scope: (scope as UsageScope | undefined) ?? null,
      timeZone: campaign.timeZone,
      photoColumns: campaign.maxPhotosPerStory,
      origin: `${req.protocol}://${req.get('host')}`,
    };

    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${campaign.slug}-stories.csv"`);
    await pipeline(
      Readable.from(this.exports.rows(campaign.id, options)),
      stringify({
        bom: true,
        header: true,
        columns: storyExportColumns(options),
        record_delimiter: 'windows',
        // A lone LF or CR inside a field must be quoted too, not only the record delimiter.
        quoted_match: /[\r\n]/,
        cast: { string: (value) => String(inertCell(value)) },
      }),
      res,
    );
  }
}
