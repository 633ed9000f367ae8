import { DomainEvent } from '@app/kernel';

export interface {{Entity}}CreatedPayload {
  {{entityCamel}}Id: string;
}

export class {{Entity}}CreatedEvent extends DomainEvent<{{Entity}}CreatedPayload> {
  static readonly eventType = '{{context}}.{{entity}}-created';
}
