import { newId } from '@app/kernel';
import { displayPrefix, generateApiKey, hashApiKey } from './api-key-secret.js';
import { type KeyHolder, type KeyHolderInput, keyHolder } from './key-holder.js';

/** An API key as the access context keeps it: only its SHA-256 hash, never the key itself. */
export interface ApiKey extends KeyHolder {
  id: string;
  name: string;
  /** The key's first characters, so a person can tell keys apart in a list. */
  prefix: string;
  keyHash: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewApiKey extends KeyHolderInput {
  name: string;
}

/** A key just made: the stored key, and the secret shown once and never kept. */
export interface IssuedApiKey {
  apiKey: ApiKey;
  secret: string;
}

/**
 * Makes a key for its holder, checked by keyHolder(). Whether a partner exists is the caller's
 * to check: the access context knows no affiliates or advertisers.
 */
export function issueApiKey(input: NewApiKey, now: Date): IssuedApiKey {
  const holder = keyHolder(input);
  const secret = generateApiKey();
  return {
    apiKey: {
      id: newId(),
      name: input.name,
      prefix: displayPrefix(secret),
      keyHash: hashApiKey(secret),
      ...holder,
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    },
    secret,
  };
}
