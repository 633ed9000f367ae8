import { Injectable } from '@nestjs/common';
import { newId } from '@app/kernel';
import type { Transaction } from '@app/platform';
import { ChurnPredictionOrmEntity } from './churn-prediction.orm-entity.js';
import { RetentionEnrolmentOrmEntity } from './retention-enrolment.orm-entity.js';
import { RetentionEventOrmEntity } from './retention-event.orm-entity.js';
import { RetentionMessageOrmEntity } from './retention-message.orm-entity.js';

/**
 * Retention's part of an erasure, inside `tx`. The customer's behaviour events and churn
 * prediction are deleted: they describe the person and nothing else. Enrolments and messages
 * take a random pseudonym (`erased:<uuid>`) instead, in their rows and in the message payload,
 * so a campaign's enrolled, sent, cost, revenue and control group stay true; a message still
 * waiting for its webhook is failed rather than posted. Returns the rows changed.
 */
@Injectable()
export class CustomerRetentionEraser {
  async erase(tx: Transaction, customerId: string): Promise<number> {
    const pseudonym = `erased:${newId()}`;
    let affected = 0;
    for (const table of [RetentionEventOrmEntity, ChurnPredictionOrmEntity]) {
      affected += (await tx.manager.getRepository(table).delete({ customerId })).affected ?? 0;
    }
    const enrolments = await tx.manager
      .getRepository(RetentionEnrolmentOrmEntity)
      .update({ customerId }, { customerId: pseudonym });
    affected += enrolments.affected ?? 0;
    const messages = tx.manager.getRepository(RetentionMessageOrmEntity);
    for (const message of await messages.findBy({ customerId })) {
      const pending = message.status === 'pending';
      await messages.update(
        { id: message.id },
        {
          customerId: pseudonym,
          payload: { ...message.payload, customerId: pseudonym },
          ...(pending
            ? {
                status: 'failed',
                lastError: 'customer data erased',
                nextAttemptAt: null,
                leaseUntil: null,
              }
            : {}),
        },
      );
      affected += 1;
    }
    return affected;
  }
}
