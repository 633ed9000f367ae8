import { Injectable } from '@nestjs/common';
import type { Form } from '../domain/form.js';
import { FormRepository } from '../domain/form.repository.js';

const TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

/**
 * The forms the submit path reads, remembered for 2 s (an unknown id too, so bogus ids cannot
 * hammer the database). A form edited on this replica is seen at once; on another, within 2 s.
 */
@Injectable()
export class FormDirectory {
  private readonly entries = new Map<string, { form: Form | null; until: number }>();

  constructor(private readonly forms: FormRepository) {}

  async find(id: string): Promise<Form | null> {
    // Wall time, not the domain clock: this is how fresh a cache is, not a business time.
    const now = Date.now();
    const cached = this.entries.get(id);
    if (cached && cached.until > now) return cached.form;
    const form = await this.forms.findById(id);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(id, { form, until: now + TTL_MS });
    return form;
  }

  forget(id?: string): void {
    if (id === undefined) this.entries.clear();
    else this.entries.delete(id);
  }
}
