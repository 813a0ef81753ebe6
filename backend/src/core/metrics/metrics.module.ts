import { Global, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

/** The database pool's use: connections open, idle, and requests waiting for one (the first sign of a too-small DATABASE_POOL_SIZE). */
@Injectable()
class DatabasePoolMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const pool = () => (this.dataSource.driver as unknown as { master?: Pool }).master;
    this.metrics.labelledGauge('db_pool_connections', 'Database pool connections by state', 'state', (): Record<string, number> => {
      const p = pool();
      return p ? { total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount } : {};
    });
  }
}

@Global()
@Module({ providers: [Metrics, DatabasePoolMetrics], controllers: [MetricsController], exports: [Metrics] })
export class MetricsModule {}
