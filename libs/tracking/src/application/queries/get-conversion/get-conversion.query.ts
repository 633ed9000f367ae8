import { Query } from '@nestjs/cqrs';
import type { ConversionView } from '../conversion.view.js';

export class GetConversionQuery extends Query<ConversionView> {
  constructor(readonly conversionId: string) {
    super();
  }
}
