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
import {
  baselineOf,
  type FieldSlot,
  fieldSlots,
  isDateLike,
  withValueAt,
} from './schema-values.js';
import { asText, encodeComponent, queryString, toJsonText } from './wire-format.js';

/** One request the walker sends, with what it tries, for the counts and failure reports. */
export interface HostileRequest {
  kind: string;
  label: string;
  request: InjectOptions;
}

/** Real values the walker can use, so that a baseline reaches past "not found". */
export interface Fixtures {
  /** A stored resource's id for a path such as /v1/campaigns/{id}; undefined for none known. */
  idFor(path: string): string | undefined;
  /** A real value for a parameter or body field of this name (campaign_id, token, …). */
  valueFor(name: string): string | undefined;
  /** Changes an operation's example body where its examples alone do not make a valid one. */
  adjustBody?(operationId: string, body: unknown): unknown;
}

interface Parts {
  path: Record<string, string>;
  query: [string, string | string[]][];
  body?: RawBody;
  headers?: Record<string, string>;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const UNKNOWN_ID = '01936f9e-0000-7000-8000-000000000000';

/** The baseline request of an operation, then every mutation of its parameters and body. */
export function hostileRequests(
  document: OpenApiDocument,
  operation: Operation,
  fixtures: Fixtures,
): HostileRequest[] {
  const base = baselineParts(document, operation, fixtures);
  const send = (kind: string, label: string, parts: Parts): HostileRequest => ({
    kind,
    label,
    request: toInject(operation, parts),
  });
  const requests = [send('baseline', 'baseline', base)];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') requests.push(...pathMutations(parameter, base, send));
    if (parameter.in === 'query') requests.push(...queryMutations(parameter, base, send));
  }
  requests.push(...unknownQueryParameters(base, send));
  requests.push(...bodyMutations(document, operation, base, send));
  if (!operation.isPublic) requests.push(...keyMutations(base, send));
  return requests;
}

type Send = (kind: string, label: string, parts: Parts) => HostileRequest;

function baselineParts(document: OpenApiDocument, operation: Operation, fixtures: Fixtures): Parts {
  const path: Record<string, string> = {};
  const query: [string, string][] = [];
  for (const parameter of operation.parameters) {
    const value =
      parameter.in === 'path'
        ? (fixtures.idFor(operation.path) ?? exampleOf(parameter) ?? UNKNOWN_ID)
        : (fixtures.valueFor(parameter.name) ?? exampleOf(parameter));
    if (parameter.in === 'path') path[parameter.name] = value ?? UNKNOWN_ID;
    else if (parameter.in === 'query' && value !== undefined) query.push([parameter.name, value]);
  }
  const contentType = preferredBodyType(operation);
  if (!contentType) return { path, query };
  const example = baselineOf(document, operation.bodies[contentType]);
  const withFixtures = fillFixtures(example, fixtures);
  const value = fixtures.adjustBody?.(operation.operationId, withFixtures) ?? withFixtures;
  return { path, query, body: encodeBody(contentType, value) };
}

function exampleOf(parameter: Parameter): string | undefined {
  const schema = parameter.schema ?? {};
  return asText(
    parameter.example ?? schema.example ?? (parameter.required ? schema.enum?.[0] : undefined),
  );
}

/** Real ids and tokens in place of the examples, wherever a body names them. */
function fillFixtures(value: unknown, fixtures: Fixtures): unknown {
  if (Array.isArray(value)) return value.map((item) => fillFixtures(item, fixtures));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        fixtures.valueFor(name) ?? fillFixtures(item, fixtures),
      ]),
    );
  }
  return value;
}

function preferredBodyType(operation: Operation): string | undefined {
  const types = Object.keys(operation.bodies);
  return types.includes(JSON_TYPE) ? JSON_TYPE : types[0];
}

function encodeBody(contentType: string, value: unknown): RawBody | undefined {
  if (contentType !== FORM_TYPE) return { contentType, payload: toJsonText(value) };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries: [string, string][] = [];
  for (const [name, item] of Object.entries(value)) {
    const text = asText(item);
    if (text === undefined) return undefined;
    entries.push([name, text]);
  }
  return { contentType, payload: queryString(entries) };
}

function toInject(operation: Operation, parts: Parts): InjectOptions {
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => parts.path[name]);
  const query = queryString(parts.query);
  const headers: Record<string, string> = { ...parts.headers };
  if (parts.body?.contentType) headers['content-type'] = parts.body.contentType;
  return {
    method: operation.method as InjectOptions['method'],
    url: query ? `${path}?${query}` : path,
    headers,
    ...(parts.body ? { payload: parts.body.payload } : {}),
  };
}

/** Malformed, unknown and absurd ids in the path; raw ones skip encoding on purpose. */
function pathMutations(parameter: Parameter, base: Parts, send: Send): HostileRequest[] {
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
function queryMutations(parameter: Parameter, base: Parts, send: Send): HostileRequest[] {
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

function unknownQueryParameters(base: Parts, send: Send): HostileRequest[] {
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

function bodyMutations(
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
function keyMutations(base: Parts, send: Send): HostileRequest[] {
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
