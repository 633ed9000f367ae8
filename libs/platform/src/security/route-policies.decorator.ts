import { RouteConfig } from '@nestjs/platform-fastify';
import {
  PAGE_HEADERS,
  REDIRECT_HEADERS,
  SECURITY_POLICY,
  VISITOR_HEADERS,
} from './security-headers.js';

/** The route config key that marks a route every site may call (see cors-policy.ts). */
export const OPEN_TO_ANY_SITE = 'openToAnySite';

/** An HTML page: helmet's page policy instead of the API's nothing-loads policy. */
export const HtmlPage = () => RouteConfig({ [SECURITY_POLICY]: PAGE_HEADERS });

/**
 * A route visitors reach from any site: CORS lets every origin call it (without credentials)
 * and its answers may be embedded anywhere. For public routes that read nothing secret.
 */
export const OpenToAnySite = () =>
  RouteConfig({ [SECURITY_POLICY]: VISITOR_HEADERS, [OPEN_TO_ANY_SITE]: true });

/**
 * A route visitors reach from any site whose answer is a redirect (a tracking link): as
 * @OpenToAnySite(), with only the headers a redirect can use on its 3xx answers.
 */
export const VisitorRedirect = () =>
  RouteConfig({ [SECURITY_POLICY]: REDIRECT_HEADERS, [OPEN_TO_ANY_SITE]: true });
