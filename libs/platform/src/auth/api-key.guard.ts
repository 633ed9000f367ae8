import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { HttpProblemException } from '../errors/http-problem.exception.js';
import { apiKeyFromHeaders } from './api-key-secret.js';
import { ApiKeyService } from './api-key.service.js';
import { ADMIN_SCOPE, type ApiPrincipal, IS_PUBLIC, REQUIRED_SCOPES } from './auth.decorators.js';

export type AuthenticatedRequest = FastifyRequest & { principal?: ApiPrincipal };

/** Every route needs a valid API key unless it is marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyService,
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
    const principal = await this.apiKeys.authenticate(key);
    if (!principal) {
      throw new HttpProblemException(
        401,
        'AUTH.API_KEY_INVALID',
        'The API key is unknown or has been revoked.',
      );
    }
    const required = this.reflector.getAllAndOverride<string[]>(REQUIRED_SCOPES, targets) ?? [];
    const allowed =
      principal.scopes.includes(ADMIN_SCOPE) ||
      required.every((scope) => principal.scopes.includes(scope));
    if (!allowed) {
      throw new HttpProblemException(
        403,
        'AUTH.INSUFFICIENT_SCOPE',
        `This operation needs the scope(s): ${required.join(', ')}.`,
      );
    }
    request.principal = principal;
    return true;
  }
}
