/** Who may read the API's answers from a browser on another site: everyone, or these origins. */
export type CorsOrigins = '*' | readonly string[];

export interface ParsedCorsOrigins {
  origins: CorsOrigins;
  problems: string[];
}

/**
 * Reads CORS_ORIGINS: a comma-separated list of origins (`https://app.example.com`, with a
 * port where it is not the scheme's default), or `*` alone for every origin; absent or empty
 * means none. An entry with a path, credentials or another scheme is refused, naming it: a
 * typo here would silently shut a front end out, or let the wrong one in.
 */
export function parseCorsOrigins(text: string | undefined): ParsedCorsOrigins {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.includes('*')) {
    return entries.length === 1
      ? { origins: '*', problems: [] }
      : { origins: [], problems: ['CORS_ORIGINS: * allows every origin; list it alone'] };
  }
  const problems: string[] = [];
  const origins = entries.flatMap((entry) => {
    const origin = originOf(entry);
    if (origin) return [origin];
    problems.push(
      `CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin such as https://app.example.com (scheme, host and optional port, nothing after)`,
    );
    return [];
  });
  return { origins: [...new Set(origins)], problems };
}

function originOf(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/') return null;
  if (url.search || url.hash || url.username || url.password || entry.includes('?')) return null;
  return url.origin;
}
