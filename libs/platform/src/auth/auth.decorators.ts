import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { ApiKeyRole, PartnerRole } from '@app/kernel';

export const IS_PUBLIC = 'auth:isPublic';
export const ALLOWED_ROLES = 'auth:allowedRoles';
/** Marks public operations in the OpenAPI document so they are left without a security requirement. */
export const PUBLIC_EXTENSION = 'x-public';
/** The roles whose keys may call an operation, in the OpenAPI document. */
export const ROLES_EXTENSION = 'x-roles';

/** Opens a route (or a whole controller) to callers without an API key. */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

/**
 * Opens a keyed route to partner keys besides admin keys. Without it a route is for admins
 * only, so a new route is closed to partners until someone decides what they may see there.
 * A route that opens itself must scope its rows by `@Caller()`.
 */
export const AllowRoles = (...roles: PartnerRole[]) => {
  const allowed: ApiKeyRole[] = ['admin', ...roles];
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, allowed),
    ApiExtension(ROLES_EXTENSION, allowed),
  );
};

/** Who is calling: attached to the request by the API key guard. */
export interface ApiPrincipal {
  keyId: string | null;
  name: string;
  role: ApiKeyRole;
  /** The affiliate an affiliate key belongs to; null for other roles. */
  affiliateId: string | null;
  /** The advertiser an advertiser key belongs to; null for other roles. */
  advertiserId: string | null;
}
