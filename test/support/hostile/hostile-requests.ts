import { baselineParts, type Fixtures, type Parts, toInject } from './baseline-request.js';
import type { OpenApiDocument, Operation } from './openapi-operations.js';
import {
  bodyMutations,
  type HostileRequest,
  keyMutations,
  pathMutations,
  queryMutations,
  type Send,
  unknownQueryParameters,
} from './request-mutations.js';

export type { Fixtures } from './baseline-request.js';
export type { HostileRequest } from './request-mutations.js';

/** The baseline request of an operation, then every mutation of its parameters and body. */
export function hostileRequests(
  document: OpenApiDocument,
  operation: Operation,
  fixtures: Fixtures,
): HostileRequest[] {
  const base = baselineParts(document, operation, fixtures);
  const send: Send = (kind: string, label: string, parts: Parts): HostileRequest => ({
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
