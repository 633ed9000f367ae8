import { Command } from '@nestjs/cqrs';
import type { LtvModelView } from '../../queries/ltv-model.view.js';

/**
 * Fits the models on the whole base as of `asOf` (the end of the observation period; default
 * now), stores the fit and refreshes every customer's predictions and segment.
 */
export class RecalculateLtvCommand extends Command<LtvModelView> {
  constructor(readonly asOf?: Date) {
    super();
  }
}
