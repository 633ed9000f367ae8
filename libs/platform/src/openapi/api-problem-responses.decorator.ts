import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details.js';
import { ProblemDetailsDto } from './problem-details.dto.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (for example invalid JSON).',
  401: 'Missing or invalid API key.',
  403: "The API key's role may not call this operation.",
  404: 'No such resource.',
  409: 'The request conflicts with the current state.',
  413: 'The request body is too large.',
  415: 'Unsupported content type.',
  422: 'The input is well-formed but invalid; see errors[].',
  429: 'Too many requests; retry after the Retry-After delay.',
  503: 'A dependency (the database) is unavailable.',
};

/** Documents the problem+json error responses an operation can return. */
export const ApiProblemResponses = (...statuses: number[]) =>
  applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error.',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
