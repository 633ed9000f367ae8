import type { Hostile } from './hostile-values.js';

/** A raw request body with the content type it is sent under. */
export interface RawBody {
  contentType: string | undefined;
  payload: string;
}

const DEPTH = 20_000;

/** JSON bodies a parser must refuse, or that parse into something other than the object expected. */
export const MALFORMED_JSON: Hostile[] = Object.entries({
  'unclosed object': '{',
  'missing value': '{"name":',
  'trailing comma': '{"name":"a",}',
  'single quotes': "{'name':'a'}",
  'bare word': 'nul',
  'two documents': '{"a":1}{"b":2}',
  'byte order mark': '\uFEFF{}',
  'proto pollution': '{"__proto__":{"isAdmin":true}}',
  'constructor pollution': '{"constructor":{"prototype":{"isAdmin":true}}}',
  'duplicate keys': '{"name":"a","name":"b"}',
  'unterminated string': '{"name":"abc',
  'lone surrogate escape': '{"name":"\\ud800"}',
  'NUL escape in a key': '{"na\\u0000me":"a"}',
  'control character': '{"name":"a\u0001b"}',
  'deeply nested arrays': `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`,
  'deeply nested objects': `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`,
  'not an object: array': '[{}]',
  'not an object: string': '"text"',
  'not an object: number': '42',
  'not an object: null': 'null',
  'not an object: true': 'true',
  'empty object': '{}',
  'whitespace only': '   ',
}).map(([label, value]) => ({ kind: 'malformed-json', label, value }));

/** A body whose content type does not say what it is, or is not one the API reads. */
export function wrongContentTypes(json: string): Hostile[] {
  const bodies: Record<string, RawBody> = {
    'text/plain': { contentType: 'text/plain', payload: json },
    'application/xml': { contentType: 'application/xml', payload: '<a>1</a>' },
    multipart: { contentType: 'multipart/form-data; boundary=x', payload: '--x--' },
    'UTF-16 charset': { contentType: 'application/json; charset=utf-16', payload: json },
    'latin1 charset': { contentType: 'application/json; charset=latin1', payload: json },
    'vendor JSON': { contentType: 'application/vnd.api+json', payload: json },
    'upper-case JSON': { contentType: 'APPLICATION/JSON', payload: json },
    'no content type': { contentType: undefined, payload: json },
    'JSON sent as a form': {
      contentType: 'application/x-www-form-urlencoded',
      payload: json,
    },
    'form sent as JSON': { contentType: 'application/json', payload: 'a=1&b=2' },
    'empty JSON body': { contentType: 'application/json', payload: '' },
    'bad media type': { contentType: 'application/', payload: json },
    'form with proto key': {
      contentType: 'application/x-www-form-urlencoded',
      payload: '__proto__[isAdmin]=1&constructor[prototype][x]=1',
    },
  };
  return Object.entries(bodies).map(([label, value]) => ({ kind: 'content-type', label, value }));
}
