import { Module } from '@nestjs/common';
import { RequestErasureHandler } from './application/commands/request-erasure/request-erasure.handler.js';
import { RecordContextErasedHandler } from './application/events/record-context-erased.handler.js';
import { GetErasureSubjectHandler } from './application/queries/get-erasure-subject/get-erasure-subject.handler.js';
import { CustomerErasedSinceHandler } from './application/queries/customer-erased-since/customer-erased-since.handler.js';
import { GetErasureHandler } from './application/queries/get-erasure/get-erasure.handler.js';
import { ErasureRepository } from './domain/erasure.repository.js';
import { PrivacyController } from './http/privacy.controller.js';
import { TypeormErasureRepository } from './infrastructure/typeorm-erasure.repository.js';

const commandHandlers = [RequestErasureHandler];
const queryHandlers = [GetErasureHandler, GetErasureSubjectHandler, CustomerErasedSinceHandler];

@Module({
  controllers: [PrivacyController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    RecordContextErasedHandler,
    { provide: ErasureRepository, useClass: TypeormErasureRepository },
  ],
})
export class PrivacyModule {}
