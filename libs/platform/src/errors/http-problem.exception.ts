import { HttpException } from '@nestjs/common';
import type { FieldError } from '@app/kernel';
import { problem, type ProblemDetails } from './problem-details.js';

/** An HTTP-layer failure that already knows its problem document (validation, auth). */
export class HttpProblemException extends HttpException {
  constructor(status: number, code: string, detail: string, errors: readonly FieldError[] = []) {
    super(problem(status, code, detail, errors), status);
  }

  get problem(): ProblemDetails {
    return this.getResponse() as ProblemDetails;
  }
}
