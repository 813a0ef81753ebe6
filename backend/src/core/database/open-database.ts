import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, EntityList } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';

/** A DataSource outside Nest, for command-line scripts (migrate, generate, bench). */
export async function openDatabase(config: AppConfig, entities: EntityList): Promise<{ dataSource: DataSource; embedded: boolean; close: () => Promise<void> }> {
  const embedded = config.DATABASE_URL ? undefined : await EmbeddedPostgres.start(config.dataDir);
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL ?? embedded!.url, { embedded: Boolean(embedded), entities, poolSize: config.DATABASE_POOL_SIZE })).initialize();
  return {
    dataSource,
    embedded: Boolean(embedded),
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
