import { v7 as uuidv7, validate, version } from 'uuid';

/**
 * Ids are UUIDv7: unique without coordination across replicas, and ordered by creation time,
 * which keeps B-tree inserts local and lets cursor pagination order by id alone.
 */
export function newId(): string {
  return uuidv7();
}

export function isId(value: string): boolean {
  return validate(value) && version(value) === 7;
}
