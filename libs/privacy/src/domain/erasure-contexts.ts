/**
 * The contexts that hold a customer's personal data and take part in every erasure: each
 * answers ErasureRequested with PersonalDataErased. A new context that stores personal data
 * joins the list (and handles the event), or erasures would complete without it.
 */
export const ERASURE_CONTEXTS = ['tracking', 'leads', 'ltv', 'retention'] as const;

export type ErasureContext = (typeof ERASURE_CONTEXTS)[number];

export function isErasureContext(value: string): value is ErasureContext {
  return (ERASURE_CONTEXTS as readonly string[]).includes(value);
}
