import { Query } from '@nestjs/cqrs';
import type { Page } from '../../pagination/cursor.js';
import type { ApiKeyRole } from '../api-key-role.js';
import type { ApiKeyView } from './api-key.view.js';

/** Which keys to list; the filters combine with AND. */
export interface ApiKeyFilters {
  role?: ApiKeyRole;
  affiliateId?: string;
  advertiserId?: string;
  revoked?: boolean;
}

/** Keys newest first, revoked ones included (with revokedAt), a page at a time. */
export class ListApiKeysQuery extends Query<Page<ApiKeyView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
    readonly filters: ApiKeyFilters = {},
  ) {
    super();
  }
}
