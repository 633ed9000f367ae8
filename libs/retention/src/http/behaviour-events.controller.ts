import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '@app/platform';
import {
  type EventBatchReport,
  RecordEventsCommand,
} from '../application/commands/record-events/record-events.command.js';
import { EventBatchDto, EventBatchReportDto } from './dto/event-batch.dto.js';
import { eventsOf } from './events-body.js';

@ApiTags('retention')
@Controller('v1/events')
export class BehaviourEventsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record a batch of behaviour events (sessions, clicks, conversions, email, custom), idempotent by eventId.',
    description:
      'Valid events are recorded even when others are refused; each refused one is listed in errors. A batch with no valid event is a 422. ' +
      'An outcome event (message_delivered/opened/clicked/converted, email_open, email_click, conversion) with properties.campaignId also counts for that retention campaign.',
  })
  @ApiBody({ type: EventBatchDto })
  @ApiOkResponse({ type: EventBatchReportDto })
  @ApiProblemResponses(400, 413, 415, 422)
  recordBehaviourEvents(@Body() body: unknown): Promise<EventBatchReport> {
    return this.commands.execute(new RecordEventsCommand(eventsOf(body)));
  }
}
