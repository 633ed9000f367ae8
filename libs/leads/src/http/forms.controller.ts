import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '@app/platform';
import { CreateFormCommand } from '../application/commands/create-form/create-form.command.js';
import { UpdateFormCommand } from '../application/commands/update-form/update-form.command.js';
import type { FormView } from '../application/queries/form.view.js';
import { GetFormQuery } from '../application/queries/get-form/get-form.query.js';
import { ListFormsQuery } from '../application/queries/list-forms/list-forms.query.js';
import { CreateFormDto, FormListResponse, FormResponse, UpdateFormDto } from './dto/form.dto.js';

/** A form's id: `contact` for the built-in form, a UUIDv7 for the others. */
const ApiFormIdParam = () =>
  ApiParam({
    name: 'id',
    description: 'The form id: contact (built in) or the id a created form was given.',
    schema: { type: 'string', example: 'contact' },
  });

@ApiTags('leads')
@Controller('forms')
export class FormsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a form: its fields, validation rules and honeypot.' })
  @ApiCreatedResponse({ type: FormResponse })
  @ApiProblemResponses(400, 415, 422)
  async createForm(@Body() body: CreateFormDto): Promise<FormView> {
    const id = await this.commands.execute(new CreateFormCommand(body));
    return this.queries.execute(new GetFormQuery(id));
  }

  @Get()
  @ApiOperation({ summary: 'List every form, the built-in contact form first.' })
  @ApiOkResponse({ type: FormListResponse })
  listForms(): Promise<{ data: FormView[] }> {
    return this.queries.execute(new ListFormsQuery());
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one form.' })
  @ApiOkResponse({ type: FormResponse })
  @ApiFormIdParam()
  @ApiProblemResponses(404)
  getForm(@Param('id') id: string): Promise<FormView> {
    return this.queries.execute(new GetFormQuery(id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the listed settings of a form (lists are replaced whole).' })
  @ApiOkResponse({ type: FormResponse })
  @ApiFormIdParam()
  @ApiProblemResponses(400, 404, 409, 415, 422)
  async updateForm(@Param('id') id: string, @Body() body: UpdateFormDto): Promise<FormView> {
    await this.commands.execute(new UpdateFormCommand(id, body));
    return this.queries.execute(new GetFormQuery(id));
  }
}
