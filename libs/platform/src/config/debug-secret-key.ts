import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file debug mode keeps its generated SECRET_KEY in, inside the data directory. */
export const DEBUG_SECRET_KEY_FILE = '.secret-key';

/** The shortest SECRET_KEY the API accepts, kept in a file or set in the environment. */
const MIN_LENGTH = 32;

/**
 * Where debug mode keeps the SECRET_KEY it generates: the data directory, the one that holds
 * the SQLite file (SQLITE_PATH's), also when the data is in PostgreSQL. null for an in-memory
 * SQLite database: its data, and with it every advertiser a key signed for, ends with the
 * process, so a key kept past it would serve nothing.
 */
export function debugSecretKeyFile(sqlitePath: string, inMemory: boolean): string | null {
  return inMemory ? null : join(dirname(sqlitePath), DEBUG_SECRET_KEY_FILE);
}

export type KeptSecretKey = { key: string } | { problem: string };

/**
 * The key kept in `file`, or a new random one written there (readable by its owner only) when
 * there is none: a restart then keeps every postback URL and signature valid. Two processes
 * starting at once both end up with the one that reached the disk first.
 */
export function keptSecretKey(file: string): KeptSecretKey {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return cannotKeep(file, error);
  }
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch (error) {
    return cannotKeep(file, error);
  }
  if (key.length < MIN_LENGTH) {
    return {
      problem: `SECRET_KEY: the debug key kept in ${file} is shorter than ${MIN_LENGTH} characters; delete the file to have a new one made, or set SECRET_KEY`,
    };
  }
  return { key };
}

function cannotKeep(file: string, error: unknown): KeptSecretKey {
  return {
    problem: `SECRET_KEY: not set, and debug mode cannot keep a generated one in ${file} (${(error as Error).message}); set SECRET_KEY`,
  };
}
