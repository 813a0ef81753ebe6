import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataExportService } from './data-export.service';

/** GET /exports/data/:token: the mailed link. The token is the key; it works once, for 7 days. */
@Controller('exports/data')
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get(':token')
  async download(@Param('token') token: string, @Res() res: Response) {
    const zip = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.exports.download(token) : null;
    res.setHeader('Cache-Control', 'no-store');
    if (!zip) return res.status(404).json({ error: 'This download link is unknown, used or expired. Ask for a new export in your account.' });
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', 'attachment; filename="my-data.zip"');
    return res.status(200).send(zip);
  }
}
