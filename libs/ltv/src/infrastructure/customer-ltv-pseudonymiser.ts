import { Injectable } from '@nestjs/common';
import { newId } from '@app/kernel';
import type { Transaction } from '@app/platform';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { LtvCustomerOrmEntity } from './ltv-customer.orm-entity.js';
import { LtvPredictionOrmEntity } from './ltv-prediction.orm-entity.js';
import { LtvSegmentTransitionOrmEntity } from './ltv-segment-transition.orm-entity.js';
import { LtvTransactionOrmEntity } from './ltv-transaction.orm-entity.js';

/** Every LTV table keyed by the customer. */
const CUSTOMER_TABLES: EntityTarget<ObjectLiteral>[] = [
  LtvCustomerOrmEntity,
  LtvTransactionOrmEntity,
  LtvPredictionOrmEntity,
  LtvSegmentTransitionOrmEntity,
];

/** How a pseudonym starts: an erased customer's purchases, kept for the models. */
export const ERASED_PREFIX = 'erased:';

/**
 * LTV's part of an erasure, inside `tx`: the customer id becomes a random pseudonym
 * (`erased:<uuid>`) in every LTV table, the same one across them. Purchases, amounts and
 * dates stay, so revenue, cohorts, segments and the fitted models stay true, while nothing
 * leads back to the person: the pseudonym is random, not derived from the id. Returns the rows
 * changed.
 */
@Injectable()
export class CustomerLtvPseudonymiser {
  async pseudonymise(tx: Transaction, customerId: string): Promise<number> {
    const pseudonym = `${ERASED_PREFIX}${newId()}`;
    let affected = 0;
    for (const table of CUSTOMER_TABLES) {
      const result = await tx.manager
        .getRepository(table)
        .update({ customerId }, { customerId: pseudonym });
      affected += result.affected ?? 0;
    }
    return affected;
  }
}
