import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import type { DatabaseSchema } from './database-schema.js';

/** The one TypeORM connection of the app, with migrations run at start unless turned off. */
@Module({})
export class DatabaseModule {
  static forRoot(database: DatabaseConfig, schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // A factory, so options are built when the module starts, not when files are imported.
          useFactory: () => ({
            ...dataSourceOptions(database, schema),
            migrationsRun: database.migrationsRun,
            retryAttempts: 5,
            retryDelay: 2_000,
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
