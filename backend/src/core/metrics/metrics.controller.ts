import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { Metrics } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN set, only with
 * `Authorization: Bearer <METRICS_TOKEN>`; without it, open in development and absent in
 * production (operation names and error rates are not for the public).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (token) {
      const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
      // Compared as digests: equal lengths, so the comparison takes the same time whatever was sent.
      if (!timingSafeEqual(digest(given), digest(token))) throw new UnauthorizedException();
    } else if (this.config.isProduction) {
      throw new NotFoundException();
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await this.metrics.registry.metrics());
  }
}
