import { Injectable } from '@nestjs/common';
import { OutboxScrubber, UnitOfWork } from '@app/platform';
import type { Erasure } from '../domain/erasure.js';
import { ErasureRepository } from '../domain/erasure.repository.js';
import { erasureFromRows, erasureToRow, stepRowsOf } from './erasure.mapper.js';
import { ErasureOrmEntity } from './erasure.orm-entity.js';
import { ErasureStepOrmEntity } from './erasure-step.orm-entity.js';

@Injectable()
export class TypeormErasureRepository extends ErasureRepository {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxScrubber,
  ) {
    super();
  }

  async add(erasure: Erasure): Promise<void> {
    // The event goes to the outbox in the same transaction as the rows: neither is lost alone.
    const events = erasure.pullEvents();
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.getRepository(ErasureOrmEntity).insert(erasureToRow(erasure));
      await tx.manager.getRepository(ErasureStepOrmEntity).insert(stepRowsOf(erasure));
      await tx.recordEvents(events);
    });
  }

  async changeOnce(
    erasureId: string,
    delivery: { consumer: string; eventId: string },
    change: (erasure: Erasure) => void,
  ): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery(delivery.consumer, delivery.eventId))) return;
      let query = tx.manager
        .getRepository(ErasureOrmEntity)
        .createQueryBuilder('erasure')
        .where('erasure.id = :erasureId', { erasureId });
      // Contexts report at the same time from several replicas: the row lock makes each
      // report see the ones before it, so the last one is the one that completes the erasure.
      if (this.unitOfWork.dialect === 'postgres') query = query.setLock('pessimistic_write');
      const row = await query.getOne();
      if (!row) return;
      const steps = await tx.manager.getRepository(ErasureStepOrmEntity).findBy({ erasureId });
      const erasure = erasureFromRows(row, steps);
      const subject = erasure.snapshot.subject;
      change(erasure);
      // The last context has erased its part; before the subject is forgotten, the events
      // that copied it (a conversion's customer id) lose it too, in the same transaction.
      if (subject && erasure.status === 'completed') {
        await this.outbox.scrub(tx, [subject.customerId, subject.email ?? '']);
      }
      await tx.manager.getRepository(ErasureOrmEntity).save(erasureToRow(erasure));
      await tx.manager.getRepository(ErasureStepOrmEntity).save(stepRowsOf(erasure));
      await tx.recordEvents(erasure.pullEvents());
    });
  }
}
