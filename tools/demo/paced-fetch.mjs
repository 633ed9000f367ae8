// The demo's fetch: it keeps under the API's per-minute limits instead of running into them,
// and a 429 that comes anyway (another client, lower limits) is waited out and sent again, as
// is a 409 that asks to come back (a recalculation the API's scheduler is running).

/**
 * The API's documented default limits (docs/operations.md, Configuration), counted as the API counts them:
 * per client address (per API key for management), in windows of `ms`. The demo keeps to 90 %
 * of each, so a request's travel time never tips a window over.
 */
export const API_LIMITS = {
  /** RATE_LIMIT_CLICK_PER_MINUTE: clicks and impressions together, a 429 past it. */
  trackingPerMinute: { limit: 1200, ms: 60_000, perVisitor: true },
  /** CLICK_RATE_LIMIT_PER_IP: the fraud rule; past it a click goes to the safe page, no 429. */
  clicksPerMinute: { limit: 60, ms: 60_000, perVisitor: true },
  /** RATE_LIMIT_FORMS_PER_MINUTE. */
  formsPerMinute: { limit: 60, ms: 60_000, perVisitor: true },
  /** FORM_RATE_LIMIT: submissions per address in any 10 minutes, a 429 past it. */
  submissionsPer10Minutes: { limit: 20, ms: 600_000, perVisitor: true },
  /** RATE_LIMIT_POSTBACK_PER_MINUTE: the advertiser's server, always one address. */
  postbacksPerMinute: { limit: 3000, ms: 60_000, perVisitor: false },
  /** RATE_LIMIT_MANAGEMENT_PER_MINUTE: per API key. */
  managementPerMinute: { limit: 600, ms: 60_000, perVisitor: false },
};

const SHARE = 0.9;
/** Added to each window: the API's clock and ours need not agree to the second. */
const SLACK_MS = 2_000;
/** A request answered 429 this many times in a row is given up, with a clear reason. */
const MAX_ATTEMPTS = 10;

const ROUTES = [
  [/^\/v1\/click$/, ['clicksPerMinute', 'trackingPerMinute']],
  [/^\/v1\/impression$/, ['trackingPerMinute']],
  [/^\/v1\/postback$/, ['postbacksPerMinute']],
  [/^\/forms\/submit$/, ['formsPerMinute', 'submissionsPer10Minutes']],
];

/** How much of each limit the demo allows itself: 54 clicks a minute, 18 forms in 10, ... */
export function paceOf(name) {
  const { limit, ms } = API_LIMITS[name];
  return { limit: Math.floor(limit * SHARE), ms: ms + SLACK_MS };
}

/** What the pacing means for a run of `planned` clicks, when the API sees one address. */
export function paceNotice({ ip, country }, planned) {
  const clicks = paceOf('clicksPerMinute').limit;
  return (
    `The API sees every visitor as ${ip} (country ${country ?? 'unknown'}): it does not trust` +
    ' their X-Forwarded-For (TRUST_PROXY is off), so its per-address limits count all of the' +
    ` demo's traffic. The demo keeps to ${clicks} clicks a minute (past` +
    ` CLICK_RATE_LIMIT_PER_IP=${API_LIMITS.clicksPerMinute.limit} clicks go to the safe page),` +
    ` ${paceOf('trackingPerMinute').limit} clicks and impressions a minute` +
    ` (RATE_LIMIT_CLICK_PER_MINUTE=${API_LIMITS.trackingPerMinute.limit}) and` +
    ` ${paceOf('submissionsPer10Minutes').limit} form submissions in 10 minutes` +
    ` (FORM_RATE_LIMIT=${API_LIMITS.submissionsPer10Minutes.limit}): about ${planned} clicks` +
    ` take about ${Math.max(1, Math.round(planned / clicks))} min. Countries are unknown, so the` +
    ' offers that target countries send their clicks to the safe page.\n'
  );
}

const realTime = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A fetch for the SDK client. `oneAddress`: the API sees every visitor as the demo's own address
 * (it does not trust X-Forwarded-For), so the per-visitor limits count all the demo's traffic;
 * it starts true and the demo turns it off once it has seen the API tell its visitors apart.
 */
export function createPacedFetch({ fetch = globalThis.fetch, time = realTime } = {}) {
  const windows = new Map(Object.keys(API_LIMITS).map((name) => [name, []]));
  const stats = { requests: 0, heldBack: 0, retries: 0, busyRetries: 0, oneAddress: true };

  /** Waits until every window the request counts in has room, then counts it in each. */
  async function take(names) {
    for (let held = false; ; held = true) {
      const now = time.now();
      let wait = 0;
      for (const name of names) {
        const { limit, ms } = paceOf(name);
        const sent = windows.get(name);
        while (sent.length > 0 && sent[0] <= now - ms) sent.shift();
        if (sent.length >= limit) wait = Math.max(wait, sent[sent.length - limit] + ms - now);
      }
      if (wait <= 0) {
        for (const name of names) windows.get(name).push(now);
        if (held) stats.heldBack += 1;
        return;
      }
      await time.sleep(wait);
    }
  }

  async function pacedFetch(request) {
    const { pathname } = new URL(request.url);
    const route = ROUTES.find(([pattern]) => pattern.test(pathname));
    const names = (route ? route[1] : ['managementPerMinute']).filter(
      (name) => stats.oneAddress || !API_LIMITS[name].perVisitor,
    );
    for (let attempt = 1; ; attempt += 1) {
      await take(names);
      stats.requests += 1;
      const response = await send(fetch, request.clone());
      const retryAfter = response.headers.get('retry-after');
      // 429: over a limit. 409 with Retry-After: a recalculation already running (LTV, churn).
      const later = response.status === 429 || (response.status === 409 && retryAfter !== null);
      if (!later) return response;
      await response.body?.cancel();
      if (attempt === MAX_ATTEMPTS) {
        throw new Error(
          `${request.method} ${pathname} was answered ${response.status} (come back later) ${MAX_ATTEMPTS} times in a row; is another client using up the limits?`,
        );
      }
      // The same request again once the API says so: a request is never dropped.
      const seconds = Number(retryAfter);
      stats[response.status === 429 ? 'retries' : 'busyRetries'] += 1;
      await time.sleep((Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
    }
  }
  pacedFetch.stats = stats;
  return pacedFetch;
}

/** One try; a connection failure becomes an error that says where and why. */
async function send(fetch, request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cause = error.cause?.code ?? error.cause?.message ?? error.message;
    throw new Error(`cannot reach ${new URL(request.url).origin} (${cause})`);
  }
}
