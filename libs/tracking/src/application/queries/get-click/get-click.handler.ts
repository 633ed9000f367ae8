import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unknownClick } from '../../../domain/tracking.errors.js';
import { ClickLookup } from '../../../infrastructure/click-lookup.js';
import { type ClickView, toClickView } from '../click.view.js';
import { GetClickQuery } from './get-click.query.js';

@QueryHandler(GetClickQuery)
export class GetClickHandler implements IQueryHandler<GetClickQuery> {
  constructor(private readonly clicks: ClickLookup) {}

  async execute({ clickId }: GetClickQuery): Promise<ClickView> {
    const row = await this.clicks.find(clickId);
    if (!row) throw unknownClick(clickId);
    return toClickView(row);
  }
}
