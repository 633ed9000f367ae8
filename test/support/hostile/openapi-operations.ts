/** The parts of an OpenAPI 3 document the hostile-input walker reads. */
export interface Schema {
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  nullable?: boolean;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: Schema;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The OpenAPI path template, such as /v1/campaigns/{id}. */
  path: string;
  parameters: Parameter[];
  /** The request body's schema per content type; empty when the operation takes no body. */
  bodies: Record<string, Schema>;
  /** Public operations take no API key. */
  isPublic: boolean;
  /** Answers with an endless text/event-stream (Server-Sent Events). */
  streams: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface RawOperation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

/** Every operation of the document, in its order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, raw]) => ({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        path,
        parameters: raw.parameters ?? [],
        bodies: Object.fromEntries(
          Object.entries(raw.requestBody?.content ?? {}).map(([type, media]) => [
            type,
            media.schema,
          ]),
        ),
        isPublic: Array.isArray(raw.security) && raw.security.length === 0,
        streams: Object.values(raw.responses ?? {}).some(
          (response) => response.content?.['text/event-stream'] !== undefined,
        ),
      })),
  );
}

/**
 * A schema with its `$ref` and `allOf` parts merged in, so that a caller sees one object with
 * its properties, type and example (nullable and description stay from the outer schema).
 */
export function resolveSchema(document: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  let merged: Schema = { ...schema };
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const { $ref: _ref, ...rest } = merged;
    merged = { ...resolveSchema(document, document.components.schemas[name]), ...rest };
  }
  for (const part of schema.allOf ?? []) {
    const resolved = resolveSchema(document, part);
    merged = {
      ...resolved,
      ...merged,
      properties: { ...resolved.properties, ...merged.properties },
      required: [...(resolved.required ?? []), ...(merged.required ?? [])],
    };
  }
  delete merged.allOf;
  delete merged.$ref;
  return merged;
}
