import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { ClickView } from '../click.view.js';

/** One click by its id; TRACKING.UNKNOWN_CLICK when there is none. */
export class GetClickQuery extends Query<ClickView> {
  constructor(
    readonly clickId: string,
    /** Another affiliate's click is not found, exactly like an unknown one. */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
