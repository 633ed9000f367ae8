import { Query } from '@nestjs/cqrs';
import type { FormView } from '../form.view.js';

/** Every form, built-in first: forms are configuration, a handful, so there are no pages. */
export class ListFormsQuery extends Query<{ data: FormView[] }> {}
