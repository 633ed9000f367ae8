import { request as httpRequest, type Agent } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

export interface CallOutcome {
  /** The HTTP status of the answer; null when none came. */
  status: number | null;
  /** Null on a 2xx, else why the call failed. */
  error: string | null;
}

const USER_AGENT = 'affiliate-platform-postback/1';

/**
 * GETs URLs that partners chose, so it must not become a way into our own network (server-side
 * request forgery): the agents refuse to connect to any address that is not public unicast
 * (loopback, private, link-local such as the cloud metadata service, ...), checked on the
 * address actually connected to, after DNS, so a name that resolves inside is refused too.
 * Redirects are not followed: a 3xx is a failed call, as its target was never vetted.
 */
export class GuardedHttpClient {
  private readonly http: Agent;
  private readonly https: Agent;

  constructor(
    allowedPrivateAddresses: readonly string[],
    private readonly timeoutMs: number,
  ) {
    const filter = { allowIPAddressList: [...allowedPrivateAddresses], keepAlive: true };
    this.http = new RequestFilteringHttpAgent(filter);
    this.https = new RequestFilteringHttpsAgent(filter);
  }

  get(url: string): Promise<CallOutcome> {
    const https = url.startsWith('https:');
    const send = https ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const request = send(
        url,
        {
          method: 'GET',
          agent: https ? this.https : this.http,
          headers: { 'user-agent': USER_AGENT, accept: '*/*' },
        },
        (response) => {
          response.resume();
          const status = response.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          resolve({ status, error: ok ? null : `HTTP ${status}` });
        },
      );
      request.setTimeout(this.timeoutMs, () =>
        request.destroy(new Error(`no answer within ${this.timeoutMs / 1000} s`)),
      );
      request.on('error', (error) =>
        resolve({ status: null, error: (error.message || 'request failed').slice(0, 500) }),
      );
      request.end();
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
