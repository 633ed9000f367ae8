import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponses,
  clientIp,
  HttpProblemException,
  OpenToAnySite,
  Public,
  RateLimited,
} from '@app/platform';
import type { FastifyRequest } from 'fastify';
import {
  type SubmissionResult,
  SubmitFormCommand,
} from '../application/commands/submit-form/submit-form.command.js';
import { CONTACT_FORM_ID } from '../domain/contact-form.js';
import { scalarText } from '../domain/field-values.js';
import { formNotFound } from '../domain/leads.errors.js';
import { SUBMIT_FORM_SCHEMA, SubmissionResponse } from './dto/submission.dto.js';

@ApiTags('leads')
@Controller('forms')
export class SubmissionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('submit')
  @RateLimited('forms')
  @Public()
  @OpenToAnySite()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Submit a form (public): JSON or a plain HTML form (URL-encoded). Validates, filters spam, deduplicates by email and scores the lead.',
  })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ schema: SUBMIT_FORM_SCHEMA })
  @ApiCreatedResponse({ type: SubmissionResponse })
  @ApiProblemResponses(400, 404, 413, 415, 422, 429)
  submitForm(@Body() body: unknown, @Req() request: FastifyRequest): Promise<SubmissionResult> {
    // A URL-encoded body is an object without a prototype; JSON must be an object too.
    const fields = body ?? {};
    if (typeof fields !== 'object' || Array.isArray(fields)) {
      throw new HttpProblemException(
        422,
        'HTTP.VALIDATION_FAILED',
        'The request body must be a JSON object or a URL-encoded form.',
        [{ field: '', message: 'must be an object of form fields' }],
      );
    }
    const values = fields as Record<string, unknown>;
    const sent = scalarText(values.form_id);
    const formId = typeof sent === 'string' && sent.trim() !== '' ? sent.trim() : CONTACT_FORM_ID;
    if (typeof sent === 'object' && sent !== null) throw formNotFound('(not a single value)');
    if (formId.length > 36) throw formNotFound(`${formId.slice(0, 36)}…`);
    return this.commands.execute(new SubmitFormCommand(formId, values, clientIp(request)));
  }
}
