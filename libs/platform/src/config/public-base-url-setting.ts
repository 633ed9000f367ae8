export interface ParsedPublicBaseUrl {
  /** Without a trailing slash, ready for `${base}/v1/click`; undefined when not set. */
  url?: string;
  problems: string[];
}

/**
 * Reads PUBLIC_BASE_URL, the address clients reach the API at. Links, postback URLs and the
 * safe-page redirect are built on it, so in production (DEBUG=false) it is required: without
 * it they would be built on the request's Host header, which any client writes. A value with
 * a query, a fragment or credentials is refused: appending `/v1/click?...` to it would make a
 * broken or credential-leaking link.
 */
export function parsePublicBaseUrl(text: string | undefined, debug: boolean): ParsedPublicBaseUrl {
  if (text === undefined) {
    return debug
      ? { problems: [] }
      : {
          problems: [
            'PUBLIC_BASE_URL: required when DEBUG=false (tracking links, postback URLs and safe-page redirects are built on it, never on the Host header); set the address clients reach the API at, such as https://track.example.com',
          ],
        };
  }
  const url = bareHttpUrl(text);
  if (url) return { url, problems: [] };
  return {
    problems: [
      `PUBLIC_BASE_URL: must be an absolute http(s) URL without query, fragment or credentials, such as https://track.example.com or https://example.com/tracking (got ${JSON.stringify(text)})`,
    ],
  };
}

function bareHttpUrl(text: string): string | null {
  if (/[?#]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href.replace(/\/+$/, '');
}
