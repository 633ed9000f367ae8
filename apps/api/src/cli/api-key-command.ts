import { type DynamicModule, Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { Clock, SystemClock } from '@app/kernel';
import { ApiKeyIssuer, ApiKeyRepository, ApiKeyStoreModule } from '@app/access';
import { APP_CONFIG, type AppConfig, DatabaseModule } from '@app/platform';
import { databaseSchema } from '../database-schema.js';

/**
 * Just the database and the stored keys: no HTTP, no jobs, no debug key of its own. Global so
 * that the key store finds the config and the clock, as it finds the platform's in the app.
 */
@Global()
@Module({})
class ApiKeyCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiKeyCliModule,
      imports: [DatabaseModule.forRoot(config.database, databaseSchema), ApiKeyStoreModule],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: new SystemClock() },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}

export const API_KEY_USAGE = `Usage:
  npm run api-key -- create --name <name>                  prints a new admin key, once
  npm run api-key -- list                                        lists keys (never the keys themselves)
  npm run api-key -- revoke <id>                                 stops a key from working at once`;

/** Runs one API key command against the configured database; returns the exit code. */
export async function runApiKeyCommand(
  argv: string[],
  config: AppConfig,
  print: (line: string) => void,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  const [command, id] = positionals;
  if (
    !['create', 'list', 'revoke'].includes(command) ||
    (command === 'create' && !values.name) ||
    (command === 'revoke' && !id)
  ) {
    print(API_KEY_USAGE);
    return 2;
  }
  const context = await NestFactory.createApplicationContext(ApiKeyCliModule.forRoot(config), {
    logger: ['error'],
  });
  try {
    const apiKeys = context.get(ApiKeyRepository);
    if (command === 'create') {
      // Partner keys are made through POST /v1/api-keys, which checks that the partner exists.
      const created = await context
        .get(ApiKeyIssuer)
        .issue({ name: values.name!.slice(0, 100), role: 'admin' });
      print(`Created API key "${created.name}" (id ${created.id}, role ${created.role}).`);
      print('It is shown only this once; store it now:');
      print(created.key);
      return 0;
    }
    if (command === 'list') {
      for (const key of await apiKeys.listAll()) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        print(`${key.id}  ${key.prefix}…  ${key.name}  ${key.role}  ${state}`);
      }
      return 0;
    }
    const outcome = await apiKeys.revoke(id, context.get(Clock).now());
    if (outcome === 'unknown') {
      print(`No key has the id ${id}.`);
      return 1;
    }
    print(outcome === 'revoked' ? `Revoked ${id}.` : `${id} was already revoked.`);
    return 0;
  } finally {
    await context.close();
  }
}
