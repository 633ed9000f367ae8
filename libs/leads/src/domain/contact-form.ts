import { DEFAULT_HONEYPOT, Form } from './form.js';

export const CONTACT_FORM_ID = 'contact';
/** Forms that exist without a stored row. */
export const BUILT_IN_FORM_IDS: readonly string[] = [CONTACT_FORM_ID];

/**
 * The built-in form that always exists: it lives in code, so no reset or missing seed can take
 * it away. Once an admin edits it, the stored copy is used instead.
 */
export function contactForm(): Form {
  return Form.restore({
    id: CONTACT_FORM_ID,
    builtIn: true,
    name: 'Contact',
    fields: [
      { name: 'email', type: 'email', label: 'Email', options: null },
      { name: 'first_name', type: 'text', label: 'First name', options: null },
      { name: 'last_name', type: 'text', label: 'Last name', options: null },
      { name: 'phone', type: 'phone', label: 'Phone', options: null },
      { name: 'company', type: 'text', label: 'Company', options: null },
      { name: 'job_title', type: 'text', label: 'Job title', options: null },
      { name: 'message', type: 'textarea', label: 'Message', options: null },
    ],
    validationRules: [
      {
        field: 'email',
        rule: 'required',
        value: null,
        message: 'Please enter your email address.',
      },
    ],
    honeypotField: DEFAULT_HONEYPOT,
    phoneCountry: null,
    createdAt: null,
    updatedAt: null,
    version: 0,
  });
}
