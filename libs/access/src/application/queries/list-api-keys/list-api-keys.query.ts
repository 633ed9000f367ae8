import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { ApiKeyFilters } from '../../../domain/api-key.repository.js';
import type { ApiKeyView } from '../api-key.view.js';

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
