import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument, loadConfig } from '@app/platform';
import { createApp } from '../create-app.js';

// `npm run openapi`: writes the OpenAPI document of the code to openapi.json, the file the SDK
// is generated from and the one a test compares with the code.
const config = {
  ...loadConfig({ DEBUG: 'true', SQLITE_PATH: ':memory:' }),
  logLevel: 'silent',
};
const app = await createApp(config);
try {
  const target = process.argv[2] ?? 'openapi.json';
  const document = buildOpenApiDocument(app, config.version);
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`OpenAPI document written to ${target}`);
} finally {
  await app.close();
}
