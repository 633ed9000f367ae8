import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdParam, ApiProblemResponses } from '@app/platform';
import { Create{{Entity}}Command } from '../application/commands/create-{{entity}}/create-{{entity}}.command.js';
import type { {{Entity}}View } from '../application/queries/{{entity}}.view.js';
import { Get{{Entity}}Query } from '../application/queries/get-{{entity}}/get-{{entity}}.query.js';
import { Create{{Entity}}Dto } from './dto/create-{{entity}}.dto.js';
import { {{Entity}}Response } from './dto/{{entity}}.response.js';

/** Controllers dispatch a command or a query and do nothing else. */
@ApiTags('{{context}}')
@Controller('v1/{{context}}')
export class {{Context}}Controller {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a {{entity}}.' })
  @ApiCreatedResponse({ type: {{Entity}}Response })
  @ApiProblemResponses(400, 415, 422)
  async create{{Entity}}(@Body() body: Create{{Entity}}Dto): Promise<{{Entity}}View> {
    const id = await this.commands.execute(new Create{{Entity}}Command(body));
    return this.queries.execute(new Get{{Entity}}Query(id));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one {{entity}}.' })
  @ApiOkResponse({ type: {{Entity}}Response })
  @ApiIdParam('The {{entity}} id.')
  @ApiProblemResponses(404)
  get{{Entity}}(@Param('id') id: string): Promise<{{Entity}}View> {
    return this.queries.execute(new Get{{Entity}}Query(id));
  }
}
