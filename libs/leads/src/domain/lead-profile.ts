import type { EmailAddress } from './email-address.js';
import type { FieldReading, FieldValue } from './field-values.js';

/** The fields a lead is known by, read by name from any form; the rest stay in `fields`. */
export const PROFILE_FIELDS = [
  'first_name',
  'last_name',
  'phone',
  'company',
  'job_title',
  'message',
] as const;
type ProfileField = (typeof PROFILE_FIELDS)[number];

/** What is known about the person behind a lead. */
export interface LeadProfile {
  email: EmailAddress | null;
  firstName: string | null;
  lastName: string | null;
  /** E.164 */
  phone: string | null;
  company: string | null;
  jobTitle: string | null;
  message: string | null;
  /** The form's other fields, by name. */
  fields: Record<string, FieldValue>;
}

export const EMPTY_PROFILE: LeadProfile = {
  email: null,
  firstName: null,
  lastName: null,
  phone: null,
  company: null,
  jobTitle: null,
  message: null,
  fields: {},
};

const KEY_OF: Record<ProfileField, keyof Omit<LeadProfile, 'email' | 'fields'>> = {
  first_name: 'firstName',
  last_name: 'lastName',
  phone: 'phone',
  company: 'company',
  job_title: 'jobTitle',
  message: 'message',
};

export function profileOf(reading: FieldReading): LeadProfile {
  const profile: LeadProfile = { ...EMPTY_PROFILE, email: reading.email, fields: {} };
  for (const [name, value] of Object.entries(reading.values)) {
    const key = KEY_OF[name as ProfileField];
    if (key) profile[key] = String(value);
    else if (name !== 'email') profile.fields[name] = value;
  }
  return profile;
}

/**
 * A repeat submission fills in what the lead lacked; what it already had stays (the
 * submissions keep every value as sent, so nothing is lost).
 */
export function fillIn(current: LeadProfile, incoming: LeadProfile): LeadProfile {
  const merged: LeadProfile = { ...current, fields: { ...incoming.fields, ...current.fields } };
  merged.email = current.email ?? incoming.email;
  for (const key of Object.values(KEY_OF)) merged[key] = current[key] ?? incoming[key];
  return merged;
}
