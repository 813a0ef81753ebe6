import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';

/**
 * Where the database is: DATABASE_URL when set, otherwise an embedded PostgreSQL under DATA_DIR
 * started on first use. Owns the embedded server's lifetime, and closes the DataSource before
 * it so that the process (and jest) exits cleanly.
 */
@Injectable()
export class DatabaseEndpoint implements OnApplicationShutdown {
  private embedded?: EmbeddedPostgres;
  private readonly logger = new Logger(DatabaseEndpoint.name);

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  get isEmbedded(): boolean {
    return !this.config.DATABASE_URL;
  }

  async url(): Promise<string> {
    if (this.config.DATABASE_URL) return this.config.DATABASE_URL;
    if (!this.embedded) {
      this.embedded = await EmbeddedPostgres.start(this.config.dataDir);
      this.logger.log(`embedded PostgreSQL (PGlite) in ${this.config.dataDir}/pglite`);
    }
    return this.embedded.url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    await this.embedded.stop();
    this.embedded = undefined;
  }
}
