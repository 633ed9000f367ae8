/** Path parameters that name a person: a customer's id in /ltv/customer/{id} and the like. */
const PERSONAL_PATH_PARAMETERS = new Set(['customerId', 'email']);

/**
 * The request's path with every personal path parameter replaced by `[redacted]`, read from
 * the route's pattern (`/ltv/customer/:customerId`), so an erasure has nothing to chase in log
 * files. Any other path is returned as it came, query string included, for the query's own
 * masking to handle.
 */
export function redactPersonalPath(url: string, routePattern: string | undefined): string {
  if (!routePattern || !/:(customerId|email)\b/.test(routePattern)) return url;
  const queryAt = url.indexOf('?');
  const query = queryAt < 0 ? '' : url.slice(queryAt);
  const given = (queryAt < 0 ? url : url.slice(0, queryAt)).split('/');
  const pattern = routePattern.split('/');
  // Same segment count for a plain :param route; anything else (wildcards) is hidden whole.
  if (given.length !== pattern.length) return `[redacted path]${query}`;
  const path = pattern.map((segment, index) =>
    segment.startsWith(':') && PERSONAL_PATH_PARAMETERS.has(segment.slice(1))
      ? '[redacted]'
      : given[index],
  );
  return `${path.join('/')}${query}`;
}
