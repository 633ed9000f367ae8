import { spawnSync } from 'node:child_process';
import swc from 'unplugin-swc';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three projects: unit tests of plain code, then every database-backed test twice, once on
 * SQLite (in memory) and once on PostgreSQL (a fresh database per test file): the e2e specs of
 * the composed app, and the db-specs beside the SQL they test (test/support/db-spec.ts).
 */
const TEST_PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_TESTS = ['test/**/*.e2e-spec.ts', 'libs/**/*.db-spec.ts'];

const plugins = [
  // SWC instead of esbuild: esbuild cannot emit the decorator metadata Nest and TypeORM read.
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'es6' },
  }),
];

// Vite resolves the @app/* aliases from tsconfig.json itself.
const resolve = { tsconfigPaths: true };
// Decorators read metadata as files load; the polyfill must come first (main.ts imports it too).
const setupFiles = ['reflect-metadata'];
/**
 * Test files share their worker's module cache instead of loading the whole app again each:
 * isolated, importing took 455 of CI's 818 test seconds; shared, the same tests ran in 209 s.
 * Every test builds its own app, database and clock, and none mocks a module or leaves fake
 * timers behind, so nothing a file changes reaches the next.
 */
const isolate = false;

function databaseProject(db: 'sqlite' | 'postgres'): TestProjectInlineConfiguration {
  return {
    plugins,
    resolve,
    test: {
      name: `e2e-${db}`,
      setupFiles,
      isolate,
      include: DB_TESTS,
      env: { TEST_DB: db, TEST_PG_URL },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

/** Asks, in a child process, whether PostgreSQL answers; config files cannot await. */
function postgresAnswers(): boolean {
  const probe = `const {Client}=require('pg');const c=new Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe, TEST_PG_URL], { timeout: 10_000 }).status === 0;
}

const projects: TestProjectInlineConfiguration[] = [
  {
    plugins,
    resolve,
    test: {
      name: 'unit',
      setupFiles,
      isolate,
      include: [
        'libs/**/*.spec.ts',
        'apps/**/*.spec.ts',
        'sdk/test/**/*.spec.ts',
        'tools/**/*.spec.ts',
        // Plain checks of the repository itself, such as the documentation's links.
        'test/**/*.spec.ts',
      ],
    },
  },
  databaseProject('sqlite'),
];
if (process.env.CI || postgresAnswers()) {
  projects.push(databaseProject('postgres'));
} else {
  console.warn(
    `\n!!! PostgreSQL does not answer at ${TEST_PG_URL}: the e2e-postgres tests are SKIPPED.\n` +
      '!!! Start it (see README) or set TEST_PG_URL to run them; CI always runs them.\n',
  );
}

export default defineConfig({ test: { projects } });
