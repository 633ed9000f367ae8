// dependency-cruiser 17: the rules of the house that need resolved paths.
// Run: npx depcruise apps libs --config .dependency-cruiser.cjs   (part of `npm run lint`)
// Paths below are resolved paths relative to the repository root, e.g. libs/campaigns/src/domain/campaign.ts
// or node_modules/typeorm/index.js. `@app/<name>` aliases resolve through tsconfig.json's `paths`.

/** Test code: may use devDependencies and is allowed to reach into its own library freely. */
const TEST_FILES = ['\\.(spec|e2e-spec|db-spec)\\.ts$', '^test/'];

/** Packages the plain-TypeScript domain must not touch, whether resolved in node_modules or not. */
const FRAMEWORK_AND_DRIVERS =
  '(^|/node_modules/|^node_modules/)(@types/)?(@nestjs/[^/]+|@fastify/[^/]+|typeorm|class-validator|class-transformer|fastify|pg|better-sqlite3)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain-typescript',
      comment:
        'ARCHITECTURE.md rule 1: domain/ is plain TypeScript. Nothing it imports, directly or through ' +
        'other files (@app/kernel included), may reach Nest, TypeORM, class-validator/class-transformer, ' +
        'Fastify or a database driver (type-only imports included). Move the code to application/, ' +
        'infrastructure/ or http/, or depend on a port declared in domain/.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: FRAMEWORK_AND_DRIVERS, reachable: true },
    },
    {
      name: 'domain-imports-kernel-only',
      comment:
        'ARCHITECTURE.md: a domain imports @app/kernel only, never @app/platform (Nest plumbing: config, ' +
        'database, HTTP) or another library. Import the building block from @app/kernel, or move the ' +
        'code that needs the platform to application/ or infrastructure/.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/domain/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', '^libs/kernel/'] },
    },
    {
      name: 'domain-not-to-outer-layers',
      comment:
        'The domain is the inner ring of its context: it must not import its own application/, ' +
        'infrastructure/, http/ code or the Nest module (they depend on the domain, not the other way).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/domain/' },
      to: {
        path: [
          '^libs/$1/src/(application|infrastructure|http)/',
          '^libs/$1/src/[^/]+\\.module\\.ts$',
        ],
      },
    },
    {
      name: 'commands-through-ports',
      comment:
        'A command handler changes state through ports declared in its domain/ (abstract classes that ' +
        'double as DI tokens), never through its infrastructure/ directly: the adapters there are ' +
        'registered as { provide: Port, useClass: Adapter } in the module. Query handlers may read ' +
        'straight into response shapes (ARCHITECTURE.md rule 3) and are not covered. Contexts join the ' +
        'list once their commands comply (leads: erase-lead still reads LeadClickIds; tracking: the ' +
        'click, impression, conversion and block list commands still use infrastructure classes).',
      severity: 'error',
      from: { path: '^libs/(ltv|retention|campaigns|privacy)/src/application/commands/' },
      to: { path: '^libs/$1/src/infrastructure/' },
    },
    {
      name: 'kernel-is-framework-free',
      comment:
        'libs/kernel holds the building blocks every domain may import, so it imports no other library ' +
        '(@app/platform or a context) and nothing from Nest, TypeORM, class-validator/class-transformer, ' +
        'Fastify or a database driver (type-only imports included). Code that needs them belongs in ' +
        'libs/platform.',
      severity: 'error',
      from: { path: '^libs/kernel/' },
      to: { path: ['^libs/(?!kernel/)', FRAMEWORK_AND_DRIVERS] },
    },
    {
      name: 'lib-to-lib-only-via-public-face',
      comment:
        'ARCHITECTURE.md rule 2: a library reaches another library only through its public face ' +
        'libs/<name>/src/index.ts (import it as `@app/<name>`), never a deep or relative path into it.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'app-to-lib-only-via-public-face',
      comment:
        'The app composes libraries through their public faces only (`@app/<name>` = libs/<name>/src/index.ts).',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'libs-not-to-apps',
      comment:
        'Libraries never depend on an application; the app is the composition root and depends on them.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment:
        'Circular imports break ESM evaluation order and decorator metadata (a class is still undefined ' +
        'when the other module reads it for DI or TypeORM). Break the cycle: import from the defining ' +
        'file instead of a barrel (index.ts), or move the shared piece to its own file.',
      severity: 'error',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-dev-dep',
      comment:
        'Production code runs with `npm ci --omit=dev`: a runtime import of a devDependency crashes ' +
        'there. Move the package to dependencies, or keep the code in a *.spec.ts / *.e2e-spec.ts / ' +
        '*.db-spec.ts file or under test/. Type-only imports are erased at build time and allowed.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_FILES },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: 'node_modules/@types/',
      },
    },
    {
      name: 'not-to-undeclared-package',
      comment:
        'A runtime import of a package that is not in package.json works only by accident of hoisting. ' +
        'Add it to dependencies.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_FILES },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'An import that resolves to no file: a typo, a missing `paths` entry in tsconfig.json, or a ' +
        'missing package. Also keeps this config honest: an unresolved import would slip past every rule above.',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { couldNotResolve: true },
    },
  ],

  options: {
    // Crawl our sources only; npm packages stay in the graph as dependencies (so the rules above see
    // `node_modules/typeorm/...`) but are not followed into. `exclude` would hide them completely.
    doNotFollow: { path: '(^|/)node_modules/' },
    // Anchored at the root on purpose: many packages live in node_modules/<pkg>/dist/, and an
    // unanchored `dist/` would silently drop @nestjs/swagger, vitest & co. from the graph.
    exclude: { path: '^(dist|coverage|data|\\.test-results)/' },

    // `@app/<name>` aliases resolve through tsconfig.json `paths`; `./x.js` finds `./x.ts` (nodenext).
    tsConfig: { fileName: 'tsconfig.json' },
    // Count type-only imports too: the domain must not even name a TypeORM or Nest type.
    tsPreCompilationDeps: true,

    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },

    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
