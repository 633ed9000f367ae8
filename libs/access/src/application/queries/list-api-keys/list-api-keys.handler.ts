import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { decodeCursor, type Page, toPage } from '@app/platform';
import { ApiKeyRepository } from '../../../domain/api-key.repository.js';
import { type ApiKeyView, toApiKeyView } from '../api-key.view.js';
import { ListApiKeysQuery } from './list-api-keys.query.js';

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  constructor(private readonly apiKeys: ApiKeyRepository) {}

  async execute({ limit, cursor, filters }: ListApiKeysQuery): Promise<Page<ApiKeyView>> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = await this.apiKeys.listPage(limit, after, filters);
    return toPage(rows, limit, toApiKeyView);
  }
}
