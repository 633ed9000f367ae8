import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, ExclusiveRuns, UnitOfWork } from '@app/platform';
import { lowestValues, type Segment, segmentsFor } from '../../../domain/analysis/segments.js';
import { PredictionStore } from '../../../infrastructure/prediction-store.js';
import { SegmentRuleStore } from '../../../infrastructure/segment-rule-store.js';
import { LTV_PREDICTIONS_RUN } from '../ltv-predictions-run.js';
import { SetSegmentRuleCommand } from './set-segment-rule.command.js';

@CommandHandler(SetSegmentRuleCommand)
export class SetSegmentRuleHandler implements ICommandHandler<SetSegmentRuleCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rules: SegmentRuleStore,
    private readonly predictions: PredictionStore,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ rule }: SetSegmentRuleCommand): Promise<void> {
    return this.exclusive.run(LTV_PREDICTIONS_RUN, 'An LTV recalculation or resegmentation', () =>
      this.resegment(rule),
    );
  }

  private async resegment(rule: SetSegmentRuleCommand['rule']): Promise<void> {
    const now = this.clock.now();
    await this.unitOfWork.run(async ({ manager }) => {
      // Highest value first, ties by id: the same ranking every time for percentile cuts.
      const rows: {
        customer_id: string;
        predicted_clv_minor: string | number;
        segment: Segment | null;
      }[] = await manager.query(
        'SELECT customer_id, predicted_clv_minor, segment FROM ltv_predictions ORDER BY predicted_clv_minor DESC, customer_id',
      );
      const values = rows.map((row) => Number(row.predicted_clv_minor));
      // The same guard as a recalculation: new thresholds never segment all-equal values.
      const { segments } = segmentsFor(values, rule);
      const moves = rows
        .map((row, i) => ({ customerId: row.customer_id, from: row.segment, to: segments[i] }))
        .filter((move) => move.from !== move.to);
      await this.predictions.resegment(manager, moves, now);
      await this.rules.write(
        manager,
        rule,
        this.config.ltv.currency,
        lowestValues(values, segments),
        now,
      );
    });
  }
}
