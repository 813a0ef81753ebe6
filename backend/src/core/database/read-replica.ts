import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Where queries read the rows every viewer sees alike: the read replica (DATABASE_READ_URL)
 * when there is one, else the primary itself. Rows read here may lag the primary by the
 * replica's delay, as they may be RECENT_READS_MS old anyway; nothing that decides a write
 * reads here.
 */
@Injectable()
export class ReadReplica implements OnModuleDestroy {
  constructor(
    readonly dataSource: DataSource,
    private readonly ownsConnection: boolean,
  ) {}

  async onModuleDestroy(): Promise<void> {
    if (this.ownsConnection && this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
