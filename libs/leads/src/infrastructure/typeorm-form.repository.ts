import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, UnitOfWork } from '@app/platform';
import { DataSource } from 'typeorm';
import { BUILT_IN_FORM_IDS, contactForm, CONTACT_FORM_ID } from '../domain/contact-form.js';
import type { Form } from '../domain/form.js';
import { FormRepository } from '../domain/form.repository.js';
import { concurrentUpdate } from '../domain/leads.errors.js';
import { formFromRow, formToRow } from './form.mapper.js';
import { FormOrmEntity } from './form.orm-entity.js';

/** A Map, not an object literal: an id such as `__proto__` or `constructor` must find nothing. */
const BUILT_IN = new Map<string, () => Form>([[CONTACT_FORM_ID, contactForm]]);

@Injectable()
export class TypeormFormRepository extends FormRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async findById(id: string): Promise<Form | null> {
    const row = await this.dataSource.getRepository(FormOrmEntity).findOneBy({ id });
    if (row) return formFromRow(row);
    return BUILT_IN.get(id)?.() ?? null;
  }

  async findAll(): Promise<Form[]> {
    const rows = await this.dataSource.getRepository(FormOrmEntity).find({ order: { id: 'ASC' } });
    const stored = new Set(rows.map((row) => row.id));
    const unedited = BUILT_IN_FORM_IDS.filter((id) => !stored.has(id)).map((id) =>
      BUILT_IN.get(id)!(),
    );
    return [...unedited, ...rows.map(formFromRow)];
  }

  async save(form: Form): Promise<void> {
    const row = formToRow(form);
    try {
      await this.unitOfWork.run(async ({ manager }) => {
        const forms = manager.getRepository(FormOrmEntity);
        if (form.version === 0) {
          await forms.insert(row);
        } else {
          const result = await forms.update({ id: row.id, version: form.version }, row);
          if (result.affected === 0) throw concurrentUpdate('Form', row.id);
        }
      });
    } catch (error) {
      // Two first edits of a built-in form at once: both insert its row; one wins.
      if (isUniqueViolation(error)) throw concurrentUpdate('Form', row.id);
      throw error;
    }
    form.markSaved();
  }
}
