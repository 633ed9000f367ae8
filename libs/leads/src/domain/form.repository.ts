import type { Form } from './form.js';

/** Where forms are kept. An abstract class, so it doubles as the DI token. */
export abstract class FormRepository {
  /** The form, or the built-in one of that id when it was never edited; null when none. */
  abstract findById(id: string): Promise<Form | null>;
  /** Every form, the built-in ones included. */
  abstract findAll(): Promise<Form[]>;
  /** Stores the form; refuses a stale version (LEADS.CONCURRENT_UPDATE). */
  abstract save(form: Form): Promise<void>;
}
