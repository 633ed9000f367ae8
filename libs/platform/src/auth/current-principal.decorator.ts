import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ApiPrincipal } from './auth.decorators.js';
import type { AuthenticatedRequest } from './api-key.guard.js';

/** The API key of a keyed request, as the key guard attached it: for audit records. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ApiPrincipal => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Only a @Public() route has none, and no public route asks for it.
    if (!request.principal)
      throw new Error('@CurrentPrincipal() used on a route without an API key.');
    return request.principal;
  },
);
