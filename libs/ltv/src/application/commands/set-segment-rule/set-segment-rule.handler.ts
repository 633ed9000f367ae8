import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, ExclusiveRuns } from '@app/platform';
import { lowestValues, segmentsFor } from '../../../domain/analysis/segments.js';
import { PredictionStore } from '../../../domain/predictions/prediction-store.js';
import { LTV_PREDICTIONS_RUN } from '../ltv-predictions-run.js';
import { SetSegmentRuleCommand } from './set-segment-rule.command.js';

@CommandHandler(SetSegmentRuleCommand)
export class SetSegmentRuleHandler implements ICommandHandler<SetSegmentRuleCommand> {
  constructor(
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
    await this.predictions.run(async (session) => {
      // Highest value first, ties by id: the same ranking every time for percentile cuts.
      const ranked = await session.ranking();
      const values = ranked.map((prediction) => prediction.predictedClvMinor);
      // The same guard as a recalculation: new thresholds never segment all-equal values.
      const { segments } = segmentsFor(values, rule);
      const moves = ranked
        .map((p, i) => ({ customerId: p.customerId, from: p.segment, to: segments[i] }))
        .filter((move) => move.from !== move.to);
      await session.resegment(moves, now);
      await session.saveSegmentRule(
        rule,
        this.config.ltv.currency,
        lowestValues(values, segments),
        now,
      );
    });
  }
}
