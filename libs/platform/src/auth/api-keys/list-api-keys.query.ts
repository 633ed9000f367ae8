import { Query } from '@nestjs/cqrs';
import type { Page } from '../../pagination/cursor.js';
import type { ApiKeyView } from './api-key.view.js';

/** Keys newest first, revoked ones included (with revokedAt), a page at a time. */
export class ListApiKeysQuery extends Query<Page<ApiKeyView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
