import { DomainEvent } from '@app/platform';

export interface {{Entity}}CreatedPayload {
  {{entityCamel}}Id: string;
}

export class {{Entity}}CreatedEvent extends DomainEvent<{{Entity}}CreatedPayload> {
  static readonly eventType = '{{context}}.{{entity}}-created';
}
