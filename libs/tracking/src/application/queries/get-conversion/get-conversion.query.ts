import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { ConversionView } from '../conversion.view.js';

export class GetConversionQuery extends Query<ConversionView> {
  constructor(
    readonly conversionId: string,
    /** A conversion outside the caller's scope is not found, exactly like an unknown one. */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
