#!/usr/bin/env node
// npm run new:context -- <name> [--entity <name>]
// Creates a bounded context in the house layout (libs/<name>, test/<name>) from
// tools/context-template and registers it in the app: its module, its schema, the @app alias and
// the Nest CLI project. Then `npm run openapi` adds its operations to openapi.json and the SDK.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = join(ROOT, 'tools/context-template');
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Names an alias, a folder or a table of the house already uses. */
const TAKEN = new Set(['api', 'kernel', 'platform', 'support', 'shared', 'test', 'sdk']);

function fail(message) {
  console.error(`new:context: ${message}`);
  process.exit(2);
}

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = (kebab) => pascal(kebab).replace(/^./, (c) => c.toLowerCase());
const upperSnake = (kebab) => kebab.replace(/-/g, '_').toUpperCase();

/** The placeholders of the template, from the context and entity names. */
export function namesOf(context, entity, timestamp) {
  return {
    context,
    Context: pascal(context),
    contextCamel: camel(context),
    CONTEXT: upperSnake(context),
    entity,
    Entity: pascal(entity),
    entityCamel: camel(entity),
    ENTITY: upperSnake(entity),
    table: context.replace(/-/g, '_'),
    timestamp: String(timestamp),
  };
}

const fill = (text, names) =>
  text.replace(/\{\{(\w+)\}\}/g, (match, key) => {
    if (!(key in names)) fail(`the template names an unknown placeholder ${match}`);
    return names[key];
  });

function* templateFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* templateFiles(path);
    else if (entry.name.endsWith('.tpl')) yield path;
  }
}

/** Inserts `line` after the last line matching `after` (a RegExp), once. */
function insertAfterLast(text, after, line, file) {
  const lines = text.split('\n');
  const index = lines.findLastIndex((l) => after.test(l));
  if (index < 0) fail(`cannot find where to register the context in ${file}`);
  lines.splice(index + 1, 0, line);
  return lines.join('\n');
}

function register(names) {
  const { context, Context, contextCamel } = names;
  const edits = [];

  const appModule = 'apps/api/src/app.module.ts';
  let text = readFileSync(join(ROOT, appModule), 'utf8');
  text = insertAfterLast(
    text,
    /from '@app\/[a-z-]+';$/,
    `import { ${Context}Module } from '@app/${context}';`,
    appModule,
  );
  text = insertAfterLast(text, /^\s+[A-Za-z]+Module,$/, `        ${Context}Module,`, appModule);
  edits.push([appModule, text]);

  const schema = 'apps/api/src/database-schema.ts';
  text = readFileSync(join(ROOT, schema), 'utf8');
  text = insertAfterLast(
    text,
    /from '@app\/[a-z-]+';$/,
    `import { ${contextCamel}Schema } from '@app/${context}';`,
    schema,
  );
  text = text.replace(
    /(const parts: DatabaseSchema\[\] = \[[^\]]*?)(,?\s*\];)/s,
    `$1, ${contextCamel}Schema];`,
  );
  if (!text.includes(`${contextCamel}Schema]`)) fail(`cannot add the schema to ${schema}`);
  edits.push([schema, text]);

  const tsconfig = 'tsconfig.json';
  const ts = JSON.parse(readFileSync(join(ROOT, tsconfig), 'utf8'));
  ts.compilerOptions.paths[`@app/${context}`] = [`./libs/${context}/src/index.ts`];
  edits.push([tsconfig, JSON.stringify(ts, null, 2)]);

  const nestCli = 'nest-cli.json';
  const nest = JSON.parse(readFileSync(join(ROOT, nestCli), 'utf8'));
  nest.projects[context] = {
    type: 'library',
    root: `libs/${context}`,
    entryFile: 'index',
    sourceRoot: `libs/${context}/src`,
  };
  edits.push([nestCli, JSON.stringify(nest, null, 2)]);
  return edits;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { entity: { type: 'string' } },
  });
  const [context] = positionals;
  if (!context || positionals.length > 1)
    fail('usage: npm run new:context -- <name> [--entity <name>]');
  // Contexts are usually named by a plural noun; its aggregate by the singular.
  const entity = values.entity ?? (context.endsWith('s') ? context.slice(0, -1) : context);
  for (const [what, name] of [
    ['context', context],
    ['entity', entity],
  ]) {
    if (!KEBAB.test(name))
      fail(`the ${what} name "${name}" must be kebab-case: a-z, 0-9 and dashes`);
  }
  if (TAKEN.has(context) || existsSync(join(ROOT, 'libs', context))) {
    fail(`libs/${context} exists or the name is reserved`);
  }
  const names = namesOf(context, entity, Date.now());

  const files = [...templateFiles(TEMPLATE)].map((path) => [
    fill(relative(TEMPLATE, path).replace(/\.tpl$/, ''), names),
    fill(readFileSync(path, 'utf8'), names),
  ]);
  const written = [...files, ...register(names)];
  for (const [path, text] of written) {
    const target = join(ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    const options = await prettier.resolveConfig(target);
    writeFileSync(target, await prettier.format(text, { ...options, filepath: target }));
  }
  console.log(`Created the ${context} context (aggregate ${names.Entity}):`);
  for (const [path] of written) console.log(`  ${path}`);
  console.log(
    'Next: npm run openapi (adds its operations to openapi.json and the SDK), then npm test.',
  );
}

await main();
