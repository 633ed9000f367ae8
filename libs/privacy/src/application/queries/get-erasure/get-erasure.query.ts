import { Query } from '@nestjs/cqrs';
import type { ErasureView } from '../erasure.view.js';

export class GetErasureQuery extends Query<ErasureView> {
  constructor(readonly erasureId: string) {
    super();
  }
}
