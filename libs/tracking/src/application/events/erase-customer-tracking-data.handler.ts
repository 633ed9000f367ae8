import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import { ErasureRequestedEvent, takePartInErasure } from '@app/privacy';
import { CustomerTrackingEraser } from '../../infrastructure/customer-tracking-eraser.js';

/** Tracking's part of an erasure: the customer's conversions and the clicks behind them. */
@EventsHandler(ErasureRequestedEvent)
export class EraseCustomerTrackingDataHandler implements IEventHandler<ErasureRequestedEvent> {
  constructor(
    private readonly queries: QueryBus,
    private readonly unitOfWork: UnitOfWork,
    private readonly eraser: CustomerTrackingEraser,
    private readonly clock: Clock,
  ) {}

  handle(event: ErasureRequestedEvent): Promise<void> {
    const { queries, unitOfWork, clock } = this;
    return takePartInErasure({ queries, unitOfWork, clock }, event, {
      context: 'tracking',
      consumer: 'tracking.erase-customer-data',
      erase: (tx, subject) => this.eraser.erase(tx, unitOfWork.dialect, subject),
    });
  }
}
