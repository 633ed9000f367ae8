import { type OpenApiDocument, resolveSchema, type Schema } from './openapi-operations.js';

/** A place in a request body that can hold a value: its path, schema and whether it is required. */
export interface FieldSlot {
  path: (string | number)[];
  name: string;
  schema: Schema;
  required: boolean;
}

/**
 * A value the schema accepts by its own description: the example, else the first enum value,
 * the default, or a plain value of its type. Objects get every property, so that a baseline
 * request touches every field the operation reads.
 */
export function baselineOf(document: OpenApiDocument, raw: Schema | undefined): unknown {
  const schema = resolveSchema(document, raw);
  if (schema.example !== undefined) return structuredClone(schema.example);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.oneOf?.length) return baselineOf(document, schema.oneOf[0]);
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [
        name,
        baselineOf(document, property),
      ]),
    );
  }
  switch (schema.type) {
    case 'array':
      return [baselineOf(document, schema.items)];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'object':
      return {};
    default:
      return schema.format === 'date-time' ? '2026-12-01T00:00:00Z' : 'text';
  }
}

/** Every field of a body schema, nested objects and the first item of arrays of objects too. */
export function fieldSlots(
  document: OpenApiDocument,
  raw: Schema | undefined,
  path: (string | number)[] = [],
): FieldSlot[] {
  const schema = resolveSchema(document, raw);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const resolved = resolveSchema(document, property);
    const slot: FieldSlot = {
      path: [...path, name],
      name,
      schema: resolved,
      required: schema.required?.includes(name) ?? false,
    };
    const items = resolveSchema(document, resolved.items);
    const nested = resolved.properties
      ? fieldSlots(document, resolved, slot.path)
      : items.properties
        ? fieldSlots(document, items, [...slot.path, 0])
        : [];
    return [slot, ...nested];
  });
}

/** `value` with `path` set to `replacement` (or removed when `remove`), as a fresh copy. */
export function withValueAt(
  value: unknown,
  path: (string | number)[],
  replacement: unknown,
  remove = false,
): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Whether a field holds an instant: declared as date-time, or named like one. */
export function isDateLike(name: string, schema: Schema): boolean {
  return schema.format === 'date-time' || /At$|^(from|to)$/.test(name);
}
