import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, EntityList, isEmbeddedOptions } from './data-source-options';
import { DatabaseEndpoint } from './database-endpoint';
import { migrateWithLock } from './migrate';

@Global()
@Module({ providers: [DatabaseEndpoint], exports: [DatabaseEndpoint] })
class DatabaseEndpointModule {}

/**
 * TypeORM over PostgreSQL or PGlite; migrations run (under a lock) before the app takes traffic.
 * The app hands in its entity list (app.entities.ts).
 */
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseEndpointModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseEndpointModule],
          inject: [DatabaseEndpoint, AppConfig],
          useFactory: async (endpoint: DatabaseEndpoint, config: AppConfig) =>
            dataSourceOptions(await endpoint.url(), { embedded: endpoint.isEmbedded, entities, poolSize: config.DATABASE_POOL_SIZE }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrateWithLock(dataSource, { embedded: isEmbeddedOptions(options!) });
            return dataSource;
          },
        }),
      ],
      exports: [DatabaseEndpointModule],
    };
  }
}
