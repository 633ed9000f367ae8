import type { InjectOptions } from 'fastify';
import {
  DATES,
  GENERATED_JSON,
  GENERATED_STRINGS,
  HUGE_STRINGS,
  type Hostile,
  INJECTION,
  MEGABYTE_STRING,
  NUMBER_LIKE_TEXT,
  NUMBERS,
  UNICODE,
  valuesForName,
  WRONG_TYPES,
} from './hostile-values.js';
import { MALFORMED_JSON, type RawBody, wrongContentTypes } from './malformed-bodies.js';
import type { OpenApiDocument, Operation, Parameter, Schema } from './openapi-operations.js';
import { resolveSchema } from './openapi-operations.js';
import { type FieldSlot, fieldSlots, isDateLike, withValueAt } from './schema-values.js';
import { asText, encodeComponent, toJsonText } from './wire-format.js';
import {
  encodeBody,
  FORM_TYPE,
  JSON_TYPE,
  type Parts,
  preferredBodyType,
  UNKNOWN_ID,
} from './baseline-request.js';

// What the walker does to a baseline request: every parameter and body field replaced by
// hostile values, malformed bodies, wrong content types, unknown fields and bad keys.

/** One request the walker sends, with what it tries, for the counts and failure reports. */
export interface HostileRequest {
  kind: string;
  label: string;
  request: InjectOptions;
}

export type Send = (kind: string, label: string, parts: Parts) => HostileRequest;

/** Malformed, unknown and absurd ids in the path; raw ones skip encoding on purpose. */
export function pathMutations(parameter: Parameter, base: Parts, send: Send): HostileRequest[] {
  const encoded = [...UNICODE, ...INJECTION, ...HUGE_STRINGS, ...NUMBER_LIKE_TEXT]
    .filter((hostile) => typeof hostile.value === 'string' && hostile.value !== '')
    .map((hostile) => ({ ...hostile, text: encodeComponent(hostile.value as string) }));
  const raw = Object.entries({
    'unknown UUID': UNKNOWN_ID,
    'upper-case UUID': UNKNOWN_ID.toUpperCase(),
    'UUID with NUL': `${UNKNOWN_ID}%00`,
    'raw percent': '%',
    'bad escape': '%zz',
    'encoded slash': '..%2F..%2Fv1%2Freset',
    'overlong UTF-8': '%C0%AF',
    'lone surrogate bytes': '%ED%A0%80',
    'double encoded': '%252e%252e',
  }).map(([label, text]) => ({ kind: 'path-id', label, text }));
  return [...encoded, ...raw].map(({ kind, label, text }) =>
    send(kind, `path ${parameter.name} = ${label}`, {
      ...base,
      path: { ...base.path, [parameter.name]: text },
    }),
  );
}

/** Every hostile text in one query parameter, repeated and bracketed forms, and its absence. */
export function queryMutations(parameter: Parameter, base: Parts, send: Send): HostileRequest[] {
  const schema = parameter.schema ?? {};
  const others = base.query.filter(([name]) => name !== parameter.name);
  const texts = valuesFor(parameter.name, schema, false).flatMap((hostile) => {
    const text = asText(hostile.value);
    return text === undefined ? [] : [{ ...hostile, text }];
  });
  const requests = texts.map(({ kind, label, text }) =>
    send(kind, `query ${parameter.name} = ${label}`, {
      ...base,
      query: [...others, [parameter.name, text]],
    }),
  );
  requests.push(
    send('repeated', `query ${parameter.name} repeated`, {
      ...base,
      query: [...others, [parameter.name, ['a', 'b', `${'c'.repeat(300)}`]]],
    }),
    send('repeated', `query ${parameter.name}[] brackets`, {
      ...base,
      query: [...others, [`${parameter.name}[]`, 'x'], [`${parameter.name}[$gt]`, '']],
    }),
    send('missing', `query ${parameter.name} missing`, { ...base, query: others }),
  );
  return requests;
}

export function unknownQueryParameters(base: Parts, send: Send): HostileRequest[] {
  return Object.entries({
    'unknown parameter': ['hacker', '1'],
    'proto parameter': ['__proto__', 'x'],
    'constructor parameter': ['constructor[prototype][isAdmin]', '1'],
    'NUL in a name': ['a\u0000b', '1'],
    'huge name': ['n'.repeat(10_000), '1'],
  } as Record<string, [string, string]>).map(([label, entry]) =>
    send('extra-field', `query ${label}`, { ...base, query: [...base.query, entry] }),
  );
}

/** The values tried in a field or parameter of this name and schema. */
function valuesFor(name: string, raw: Schema, inBody: boolean): Hostile[] {
  const schema = raw;
  const kind = schema.type ?? (schema.properties ? 'object' : 'string');
  const shared = [...WRONG_TYPES, ...GENERATED_JSON, ...valuesForName(name)];
  if (isDateLike(name, schema)) return [...DATES, ...UNICODE, ...INJECTION.slice(0, 4), ...shared];
  switch (kind) {
    case 'number':
    case 'integer':
      return [...NUMBERS, ...NUMBER_LIKE_TEXT, ...shared];
    case 'boolean':
      return [...NUMBER_LIKE_TEXT.slice(0, 3), ...UNICODE.slice(0, 3), ...shared];
    case 'array':
      return [...arrayValues(), ...shared];
    case 'object':
      return shared;
    default:
      return [
        ...UNICODE,
        ...INJECTION,
        ...HUGE_STRINGS,
        ...(inBody ? [MEGABYTE_STRING] : []),
        ...NUMBER_LIKE_TEXT,
        ...GENERATED_STRINGS,
        ...enumNeighbours(schema),
        ...shared,
      ];
  }
}

function arrayValues(): Hostile[] {
  return Object.entries({
    '10k items': Array.from({ length: 10_000 }, (_, index) => `item-${index}`),
    'hostile items': [...UNICODE, ...INJECTION].map((hostile) => hostile.value),
    'objects as items': [{ a: 1 }, { $gt: '' }],
    'numbers as items': [1, -1, 1e308],
  }).map(([label, value]) => ({ kind: 'array', label, value }));
}

/** A valid enum value spelled almost right: another case, padded. */
function enumNeighbours(schema: Schema): Hostile[] {
  const first = schema.enum?.[0];
  if (typeof first !== 'string') return [];
  return [
    { kind: 'enum', label: 'enum upper-cased', value: first.toUpperCase() },
    { kind: 'enum', label: 'enum padded', value: ` ${first} ` },
  ];
}

export function bodyMutations(
  document: OpenApiDocument,
  operation: Operation,
  base: Parts,
  send: Send,
): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const jsonText = base.body?.contentType === JSON_TYPE ? base.body.payload : '{"x":1}';
  const baseline = base.body?.contentType === JSON_TYPE ? JSON.parse(jsonText) : {};
  for (const hostile of [...MALFORMED_JSON]) {
    requests.push(
      send(hostile.kind, `body ${hostile.label}`, {
        ...base,
        body: { contentType: JSON_TYPE, payload: hostile.value as string },
      }),
    );
  }
  for (const hostile of wrongContentTypes(jsonText)) {
    requests.push(
      send(hostile.kind, `body ${hostile.label}`, { ...base, body: hostile.value as RawBody }),
    );
  }
  requests.push(
    send('too-large', 'body over the size limit', {
      ...base,
      body: { contentType: JSON_TYPE, payload: JSON.stringify({ x: 'z'.repeat(1_100_000) }) },
    }),
  );
  const contentType = preferredBodyType(operation);
  if (!contentType) return requests;
  const schema = resolveSchema(document, operation.bodies[contentType]);
  for (const slot of fieldSlots(document, schema)) {
    requests.push(...slotMutations(slot, baseline, base, send));
  }
  requests.push(
    send('extra-field', 'body unknown field', {
      ...base,
      body: { contentType: JSON_TYPE, payload: toJsonText({ ...baseline, hacker: true }) },
    }),
  );
  if (operation.bodies[FORM_TYPE]) requests.push(...formMutations(baseline, base, send));
  return requests;
}

/** A body field: every value for its kind in its place, then the field left out. */
function slotMutations(
  slot: FieldSlot,
  baseline: unknown,
  base: Parts,
  send: Send,
): HostileRequest[] {
  const field = slot.path.join('.');
  const json = (value: unknown): RawBody => ({
    contentType: JSON_TYPE,
    payload: toJsonText(value),
  });
  const requests = valuesFor(slot.name, slot.schema, true).map((hostile) =>
    send(hostile.kind, `body ${field} = ${hostile.label}`, {
      ...base,
      body: json(withValueAt(baseline, slot.path, hostile.value)),
    }),
  );
  requests.push(
    send('missing', `body ${field} missing${slot.required ? ' (required)' : ''}`, {
      ...base,
      body: json(withValueAt(baseline, slot.path, undefined, true)),
    }),
  );
  if (slot.schema.properties) {
    const nested = withValueAt(baseline, [...slot.path, 'hacker'], 1);
    requests.push(
      send('extra-field', `body ${field}.hacker unknown field`, { ...base, body: json(nested) }),
    );
  }
  return requests;
}

/** The same hostile texts as a URL-encoded form, where every value is a string. */
function formMutations(baseline: unknown, base: Parts, send: Send): HostileRequest[] {
  const fields = Object.keys((baseline ?? {}) as object);
  return fields.flatMap((name) =>
    [...UNICODE, ...INJECTION, ...HUGE_STRINGS].map((hostile) => {
      const value = { ...(baseline as object), [name]: hostile.value };
      return send(hostile.kind, `form ${name} = ${hostile.label}`, {
        ...base,
        body: encodeBody(FORM_TYPE, value),
      });
    }),
  );
}

/** Keys that are no key: the guard must answer 401, never fail on what it was handed. */
export function keyMutations(base: Parts, send: Send): HostileRequest[] {
  const keys = {
    'SQL quote': "' OR '1'='1",
    'huge key': 'k'.repeat(10_000),
    'percent signs': '%00%ff',
    'bearer without key': '',
  };
  return Object.entries(keys).flatMap(([label, key]) => [
    send('api-key', `X-API-Key ${label}`, { ...base, headers: { 'x-api-key': key } }),
    send('api-key', `Authorization Bearer ${label}`, {
      ...base,
      headers: { 'x-api-key': '', authorization: `Bearer ${key}` },
    }),
  ]);
}
