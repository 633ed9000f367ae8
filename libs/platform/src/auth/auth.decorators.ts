import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'auth:isPublic';
export const REQUIRED_SCOPES = 'auth:requiredScopes';
/** Marks public operations in the OpenAPI document so they are left without a security requirement. */
export const PUBLIC_EXTENSION = 'x-public';

/** Opens a route (or a whole controller) to callers without an API key. */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

/** Requires every listed scope; a key with the `admin` scope passes any check. */
export const RequireScopes = (...scopes: string[]) => SetMetadata(REQUIRED_SCOPES, scopes);

/** Who is calling: attached to the request by the API key guard. */
export interface ApiPrincipal {
  keyId: string | null;
  name: string;
  scopes: string[];
}

export const ADMIN_SCOPE = 'admin';
