import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Where queries read the rows every viewer sees alike (`dataSource`): the read replica
 * (DATABASE_READ_URL) when there is one, else the primary itself. Rows read there may lag the
 * primary by the replica's delay, as they may be RECENT_READS_MS old anyway; nothing that
 * decides a write reads there. `primary` is the database for everything else.
 */
@Injectable()
export class ReadReplica implements OnModuleDestroy {
  constructor(
    readonly primary: DataSource,
    readonly dataSource: DataSource,
  ) {}

  async onModuleDestroy(): Promise<void> {
    if (this.dataSource !== this.primary && this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
