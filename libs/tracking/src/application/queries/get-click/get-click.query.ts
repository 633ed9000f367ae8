import { Query } from '@nestjs/cqrs';
import type { ClickView } from '../click.view.js';

/** One click by its id; TRACKING.UNKNOWN_CLICK when there is none. */
export class GetClickQuery extends Query<ClickView> {
  constructor(readonly clickId: string) {
    super();
  }
}
