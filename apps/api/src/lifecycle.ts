import { ConfigError } from '@app/platform';
import pino, { type Logger } from 'pino';

const context = 'Bootstrap';

/**
 * The logger of the moments around the app's own: before the configuration (and so the log
 * level) is known, and after the app's logger is gone. JSON like every other line, so a log
 * collector never meets a coloured stack.
 */
export function createProcessLogger(): Logger {
  return pino({ level: 'info' });
}

/**
 * One fatal line saying why the start failed. A configuration error already names each bad
 * variable, so its stack would only hide that; any other error keeps its stack and code.
 */
export function reportStartFailure(logger: Logger, error: unknown): void {
  if (error instanceof ConfigError) {
    logger.fatal({ context }, `Start failed: Invalid configuration: ${error.problems.join('; ')}`);
    return;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  logger.fatal({ context, err }, `Start failed: ${err.message}`);
}

/**
 * Closes the app (its shutdown hooks: schedulers, outbox relay, database) and answers the exit
 * code: 0 when it stopped cleanly, as an orchestrator expects of a stop it asked for.
 */
export async function shutDown(
  app: { close(): Promise<void> },
  logger: Logger,
  signal: NodeJS.Signals,
): Promise<number> {
  logger.info({ context }, `Shutting down on ${signal}`);
  try {
    await app.close();
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    logger.error({ context, err }, `Shutdown failed: ${err.message}`);
    return 1;
  }
  logger.info({ context }, 'Stopped');
  return 0;
}
