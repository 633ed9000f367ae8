import { Erasure, type ErasureStatus } from '../domain/erasure.js';
import { ErasureOrmEntity } from './erasure.orm-entity.js';
import { ErasureStepOrmEntity } from './erasure-step.orm-entity.js';

export function erasureFromRows(row: ErasureOrmEntity, steps: ErasureStepOrmEntity[]): Erasure {
  return Erasure.restore({
    id: row.id,
    fingerprint: { customerIdHash: row.customerIdHash, emailHash: row.emailHash },
    requestedBy: { keyId: row.requestedByKeyId, name: row.requestedByName },
    requestedAt: row.requestedAt,
    completedAt: row.completedAt,
    subject:
      row.pendingCustomerId === null
        ? null
        : { customerId: row.pendingCustomerId, email: row.pendingEmail },
    steps: steps.map((step) => ({
      context: step.context,
      status: step.status as ErasureStatus,
      rowsAffected: step.rowsAffected,
      completedAt: step.completedAt,
    })),
  });
}

export function erasureToRow(erasure: Erasure): ErasureOrmEntity {
  const props = erasure.snapshot;
  return Object.assign(new ErasureOrmEntity(), {
    id: props.id,
    customerIdHash: props.fingerprint.customerIdHash,
    emailHash: props.fingerprint.emailHash,
    requestedByKeyId: props.requestedBy.keyId,
    requestedByName: props.requestedBy.name.slice(0, 100),
    requestedAt: props.requestedAt,
    completedAt: props.completedAt,
    pendingCustomerId: props.subject?.customerId ?? null,
    pendingEmail: props.subject?.email ?? null,
  });
}

export function stepRowsOf(erasure: Erasure): ErasureStepOrmEntity[] {
  return erasure.snapshot.steps.map((step) =>
    Object.assign(new ErasureStepOrmEntity(), { erasureId: erasure.id, ...step }),
  );
}
