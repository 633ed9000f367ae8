import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './api-key.guard.js';
import { callerScopeOf } from './caller-scope.js';

/**
 * The caller's scope, for a controller to hand to its query: `@Caller() caller: CallerScope`.
 * Only on keyed routes; the guard has put the principal on the request by then.
 */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!principal) throw new Error('@Caller() used on a route without an API key.');
  return callerScopeOf(principal);
});
