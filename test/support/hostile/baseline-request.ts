import type { InjectOptions } from 'fastify';
import type { RawBody } from './malformed-bodies.js';
import type { OpenApiDocument, Operation, Parameter } from './openapi-operations.js';
import { baselineOf } from './schema-values.js';
import { asText, queryString, toJsonText } from './wire-format.js';

// The request the walker starts each operation from: the document's examples with real ids
// and tokens in them, so that it reaches past "not found"; and how parts become a request.

/** Real values the walker can use, so that a baseline reaches past "not found". */
export interface Fixtures {
  /** A stored resource's id for a path such as /v1/campaigns/{id}; undefined for none known. */
  idFor(path: string): string | undefined;
  /** A real value for a parameter or body field of this name (campaign_id, token, …). */
  valueFor(name: string): string | undefined;
  /** Changes an operation's example body where its examples alone do not make a valid one. */
  adjustBody?(operationId: string, body: unknown): unknown;
}

/** A request still in parts, so that a mutation can replace one of them. */
export interface Parts {
  path: Record<string, string>;
  query: [string, string | string[]][];
  body?: RawBody;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';
export const UNKNOWN_ID = '01936f9e-0000-7000-8000-000000000000';

export function baselineParts(
  document: OpenApiDocument,
  operation: Operation,
  fixtures: Fixtures,
): Parts {
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

export function preferredBodyType(operation: Operation): string | undefined {
  const types = Object.keys(operation.bodies);
  return types.includes(JSON_TYPE) ? JSON_TYPE : types[0];
}

export function encodeBody(contentType: string, value: unknown): RawBody | undefined {
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

export function toInject(operation: Operation, parts: Parts): InjectOptions {
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
