import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FormRepository } from '../../../domain/form.repository.js';
import { formNotFound } from '../../../domain/leads.errors.js';
import { type FormView, toFormView } from '../form.view.js';
import { GetFormQuery } from './get-form.query.js';

@QueryHandler(GetFormQuery)
export class GetFormHandler implements IQueryHandler<GetFormQuery> {
  constructor(private readonly forms: FormRepository) {}

  async execute({ formId }: GetFormQuery): Promise<FormView> {
    const form = await this.forms.findById(formId);
    if (!form) throw formNotFound(formId);
    return toFormView(form);
  }
}
