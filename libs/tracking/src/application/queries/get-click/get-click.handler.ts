import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unknownClick } from '../../../domain/tracking.errors.js';
import { ClickLookup } from '../../../infrastructure/click-lookup.js';
import { type ClickView, toClickView } from '../click.view.js';
import { CallerRows } from '../caller/caller-rows.js';
import { rowInScope } from '../caller/row-scope.js';
import { GetClickQuery } from './get-click.query.js';

@QueryHandler(GetClickQuery)
export class GetClickHandler implements IQueryHandler<GetClickQuery> {
  constructor(
    private readonly clicks: ClickLookup,
    private readonly callerRows: CallerRows,
  ) {}

  async execute({ clickId, caller }: GetClickQuery): Promise<ClickView> {
    const row = await this.clicks.find(clickId);
    if (!row || !rowInScope(await this.callerRows.of(caller), row)) throw unknownClick(clickId);
    return toClickView(row);
  }
}
