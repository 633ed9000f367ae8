import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv } from '@app/platform';
import { runApiKeyCommand } from './api-key-command.js';

// `npm run api-key -- create --name ops`: manage API keys from a shell on the server.
loadDotEnv();
try {
  const config = { ...loadConfig(), logLevel: 'error' };
  process.exitCode = await runApiKeyCommand(process.argv.slice(2), config, (line) =>
    console.log(line),
  );
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
