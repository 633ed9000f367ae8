import { request as httpRequest, type Agent } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { COULD_NOT_CONNECT, DESTINATION_NOT_ALLOWED } from './outbound-call-error.js';

export interface CallOutcome {
  /** The HTTP status of the answer; null when none came. */
  status: number | null;
  /**
   * Null on a 2xx, else why the call failed: `HTTP <status>`, `no answer within <n> s`, or
   * `destination not allowed: <detail>` / `could not connect: <detail>` (see publicCallError).
   */
  error: string | null;
}

export interface OutboundRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

const USER_AGENT = 'affiliate-platform-outbound/1';
const MAX_ERROR_LENGTH = 500;

/**
 * Calls URLs that partners or admins chose (affiliate postbacks, retention webhooks), so it must
 * not become a way into our own network (server-side request forgery): the agents refuse to
 * connect to any address that is not public unicast (loopback, private, link-local such as the
 * cloud metadata service, ...), checked on the address actually connected to, after DNS, so a
 * name that resolves inside is refused too. Redirects are not followed: a 3xx is a failed call,
 * as its target was never vetted.
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
    return this.send({ method: 'GET', url });
  }

  send({ method, url, headers = {}, body }: OutboundRequest): Promise<CallOutcome> {
    const https = url.startsWith('https:');
    const send = https ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      let request: ReturnType<typeof send>;
      try {
        request = send(
          url,
          {
            method,
            agent: https ? this.https : this.http,
            headers: {
              'user-agent': USER_AGENT,
              accept: '*/*',
              // A length rather than chunked encoding, which some receivers refuse.
              ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
              ...headers,
            },
          },
          (response) => {
            response.resume();
            const status = response.statusCode ?? null;
            const ok = status !== null && status >= 200 && status < 300;
            resolve({ status, error: ok ? null : `HTTP ${status}` });
          },
        );
      } catch (error) {
        resolve({ status: null, error: this.wordingOf(error as Error) });
        return;
      }
      request.setTimeout(this.timeoutMs, () => request.destroy(new TimeoutError(this.timeoutMs)));
      request.on('error', (error) => resolve({ status: null, error: this.wordingOf(error) }));
      request.end(body);
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }

  /** An error in one of the forms CallOutcome lists, its detail after the public part. */
  private wordingOf(error: Error): string {
    if (error instanceof TimeoutError) return error.message;
    const detail = error.message || 'request failed';
    // request-filtering-agent's refusal: "DNS lookup <ip>(family:.., host:..) is not allowed. ..."
    const refused = detail.startsWith('DNS lookup ') && detail.includes(' is not allowed');
    const text = `${refused ? DESTINATION_NOT_ALLOWED : COULD_NOT_CONNECT}: ${detail}`;
    return text.slice(0, MAX_ERROR_LENGTH);
  }
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms / 1000} s`);
  }
}
