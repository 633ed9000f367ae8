import { Query } from '@nestjs/cqrs';
import type { FormView } from '../form.view.js';

export class GetFormQuery extends Query<FormView> {
  constructor(readonly formId: string) {
    super();
  }
}
