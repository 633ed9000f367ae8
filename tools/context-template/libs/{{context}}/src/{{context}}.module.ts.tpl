import { Module } from '@nestjs/common';
import { Create{{Entity}}Handler } from './application/commands/create-{{entity}}/create-{{entity}}.handler.js';
import { Get{{Entity}}Handler } from './application/queries/get-{{entity}}/get-{{entity}}.handler.js';
import { {{Entity}}Repository } from './domain/{{entity}}.repository.js';
import { {{Context}}Controller } from './http/{{context}}.controller.js';
import { Typeorm{{Entity}}Repository } from './infrastructure/typeorm-{{entity}}.repository.js';

const commandHandlers = [Create{{Entity}}Handler];
const queryHandlers = [Get{{Entity}}Handler];

@Module({
  controllers: [{{Context}}Controller],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    { provide: {{Entity}}Repository, useClass: Typeorm{{Entity}}Repository },
  ],
})
export class {{Context}}Module {}
