import type { ErasureOrmEntity } from '../../infrastructure/erasure.orm-entity.js';
import type { ErasureStepOrmEntity } from '../../infrastructure/erasure-step.orm-entity.js';

export interface ErasureStepView {
  context: string;
  status: 'pending' | 'completed';
  rowsAffected: number | null;
  completedAt: string | null;
}

/** The audit of one erasure: never the customer id or email, only their keyed hashes. */
export interface ErasureView {
  id: string;
  status: 'pending' | 'completed';
  subject: { customerIdHash: string; emailHash: string | null };
  requestedBy: { apiKeyId: string | null; name: string };
  requestedAt: string;
  completedAt: string | null;
  contexts: ErasureStepView[];
}

export function toErasureView(row: ErasureOrmEntity, steps: ErasureStepOrmEntity[]): ErasureView {
  return {
    id: row.id,
    status: row.completedAt ? 'completed' : 'pending',
    subject: { customerIdHash: row.customerIdHash, emailHash: row.emailHash },
    requestedBy: { apiKeyId: row.requestedByKeyId, name: row.requestedByName },
    requestedAt: row.requestedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    contexts: steps
      .sort((a, b) => a.context.localeCompare(b.context))
      .map((step) => ({
        context: step.context,
        status: step.status === 'completed' ? 'completed' : 'pending',
        rowsAffected: step.rowsAffected,
        completedAt: step.completedAt?.toISOString() ?? null,
      })),
  };
}
