import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { HttpProblemException } from '../errors/http-problem.exception.js';
import type { ApiKeyRole } from '@app/kernel';
import { apiKeyFromHeaders } from './api-key-header.js';
import { ApiKeyVerifier } from './api-key-verifier.js';
import { ALLOWED_ROLES, type ApiPrincipal, IS_PUBLIC } from './auth.decorators.js';

export type AuthenticatedRequest = FastifyRequest & { principal?: ApiPrincipal };

/** Every route needs a valid API key unless it is marked @Public(), and a role it admits. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = apiKeyFromHeaders(request.headers);
    if (!key) {
      throw new HttpProblemException(
        401,
        'AUTH.API_KEY_MISSING',
        'Send an API key in the X-API-Key header or as Authorization: Bearer <key>.',
      );
    }
    const principal = await this.apiKeys.verify(key);
    if (!principal) {
      throw new HttpProblemException(
        401,
        'AUTH.API_KEY_INVALID',
        'The API key is unknown or has been revoked.',
      );
    }
    // Routes that do not open themselves to partner roles are for admins only.
    const allowed = this.reflector.getAllAndOverride<ApiKeyRole[]>(ALLOWED_ROLES, targets) ?? [
      'admin',
    ];
    if (!allowed.includes(principal.role)) {
      throw new HttpProblemException(
        403,
        'AUTH.ROLE_FORBIDDEN',
        `An ${principal.role} key may not call this operation; it is open to: ${allowed.join(', ')}.`,
      );
    }
    request.principal = principal;
    return true;
  }
}
