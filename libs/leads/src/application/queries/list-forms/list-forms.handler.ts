import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FormRepository } from '../../../domain/form.repository.js';
import { type FormView, toFormView } from '../form.view.js';
import { ListFormsQuery } from './list-forms.query.js';

@QueryHandler(ListFormsQuery)
export class ListFormsHandler implements IQueryHandler<ListFormsQuery> {
  constructor(private readonly forms: FormRepository) {}

  async execute(): Promise<{ data: FormView[] }> {
    return { data: (await this.forms.findAll()).map(toFormView) };
  }
}
