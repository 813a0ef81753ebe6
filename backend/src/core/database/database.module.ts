import { DynamicModule, Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, EntityList, isEmbeddedOptions } from './data-source-options';
import { DatabaseEndpoint } from './database-endpoint';
import { migrateWithLock } from './migrate';
import { ReadReplica } from './read-replica';

@Global()
@Module({ providers: [DatabaseEndpoint], exports: [DatabaseEndpoint] })
class DatabaseEndpointModule {}

/**
 * TypeORM over PostgreSQL or PGlite; migrations run (under a lock) before the app takes traffic.
 * The app hands in its entity list (app.entities.ts). With DATABASE_READ_URL, a second
 * connection pool to the replica (ReadReplica; migrations come to it from the primary).
 */
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      // ReadReplica, like TypeORM's DataSource, is for every domain's loaders.
      global: true,
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
      providers: [
        {
          provide: ReadReplica,
          inject: [getDataSourceToken(), AppConfig],
          useFactory: async (primary: DataSource, config: AppConfig) => {
            if (!config.DATABASE_READ_URL) return new ReadReplica(primary, primary);
            const options = dataSourceOptions(config.DATABASE_READ_URL, { embedded: false, entities, poolSize: config.DATABASE_POOL_SIZE });
            return new ReadReplica(primary, await new DataSource(options).initialize());
          },
        },
      ],
      exports: [DatabaseEndpointModule, ReadReplica],
    };
  }
}
