/**
 * Published in-process (on the @nestjs/cqrs EventBus, not the outbox, which the reset has just
 * emptied) after POST /v1/reset, so contexts drop what they cached of the deleted data.
 */
export class DataResetEvent {
  constructor(readonly emptiedTables: readonly string[]) {}
}
