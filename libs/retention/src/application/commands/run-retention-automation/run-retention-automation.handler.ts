import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, Money, newId } from '@app/kernel';
import { ExclusiveRuns } from '@app/platform';
import {
  type EnrolmentCandidate,
  EnrolmentCandidates,
  type EnrolmentSession,
  type NewRetentionMessage,
} from '../../../domain/enrolment-candidates.js';
import {
  assignGroup,
  budgetAllows,
  cooledDown,
  matchesTrigger,
} from '../../../domain/enrolment-policy.js';
import type { RetentionCampaign } from '../../../domain/retention-campaign.js';
import { RetentionCampaignRepository } from '../../../domain/retention-campaign.repository.js';
import {
  type AutomationRunView,
  RunRetentionAutomationCommand,
} from './run-retention-automation.command.js';

/**
 * One transaction per campaign: its enrolments and messages are written together, and the
 * webhook is not called here (the delivery job posts pending messages afterwards), so a slow
 * receiver never holds the transaction open. One run at a time, scheduled or on demand, across
 * replicas: two would each see a customer not yet enrolled and enrol them twice.
 */
@CommandHandler(RunRetentionAutomationCommand)
export class RunRetentionAutomationHandler implements ICommandHandler<RunRetentionAutomationCommand> {
  constructor(
    private readonly campaigns: RetentionCampaignRepository,
    private readonly candidates: EnrolmentCandidates,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
  ) {}

  execute(): Promise<AutomationRunView> {
    return this.exclusive.run('retention.automation', 'A retention automation run', () =>
      this.run(),
    );
  }

  private async run(): Promise<AutomationRunView> {
    const now = this.clock.now();
    const view: AutomationRunView = {
      campaigns: 0,
      enrolled: 0,
      treatment: 0,
      control: 0,
      messages: 0,
    };
    for (const campaign of await this.campaigns.findActive()) {
      if (!campaign.isRunningAt(now)) continue;
      view.campaigns += 1;
      await this.candidates.run((session) => this.enrol(session, campaign, now, view));
    }
    return view;
  }

  private async enrol(
    session: EnrolmentSession,
    campaign: RetentionCampaign,
    now: Date,
    view: AutomationRunView,
  ): Promise<void> {
    const state = campaign.snapshot;
    const predictions = await session.candidates(state.trigger);
    const lastEnrolled = await session.lastEnrolments(state.id);
    let spent = await session.spent(state.id);
    for (const prediction of predictions) {
      const candidate = {
        customerId: prediction.customerId,
        riskLevel: prediction.riskLevel,
        segment: prediction.segment,
        predictedClv:
          prediction.predictedClvMinor !== null && prediction.currency === state.currency
            ? prediction.predictedClvMinor / 10 ** Money.minorDigits(state.currency)
            : null,
      };
      if (!matchesTrigger(state.trigger, candidate)) continue;
      if (!cooledDown(lastEnrolled.get(prediction.customerId) ?? null, state.cooldownDays, now))
        continue;
      const group = assignGroup(state.id, prediction.customerId, state.controlGroupShare);
      // The budget pays for messages; once it cannot pay for one more, enrolment stops, control
      // included, so the two groups stay comparable.
      if (!budgetAllows(state, spent)) break;
      const enrolmentId = newId();
      await session.enrol({
        id: enrolmentId,
        campaignId: state.id,
        customerId: prediction.customerId,
        group,
        riskLevel: prediction.riskLevel,
        churnProbability: prediction.churnProbability,
        enrolledAt: now,
      });
      view.enrolled += 1;
      view[group] += 1;
      if (group === 'control') continue;
      await session.queueMessage(message(state, enrolmentId, prediction, now));
      spent += state.costPerMessageMinor;
      view.messages += 1;
    }
  }
}

function message(
  state: RetentionCampaign['snapshot'],
  enrolmentId: string,
  prediction: EnrolmentCandidate,
  now: Date,
): NewRetentionMessage {
  const id = newId();
  const webhook = state.channel === 'webhook';
  return {
    id,
    enrolmentId,
    campaignId: state.id,
    customerId: prediction.customerId,
    channel: state.channel,
    payload: {
      messageId: id,
      campaignId: state.id,
      campaignName: state.name,
      customerId: prediction.customerId,
      channel: state.channel,
      offer: state.offer,
      riskLevel: prediction.riskLevel,
      churnProbability: prediction.churnProbability,
      segment: prediction.segment,
      createdAt: now.toISOString(),
    },
    // Webhook messages wait for the delivery job; other channels are handed to the external
    // sender now (it reads them and reports outcomes as events).
    status: webhook ? 'pending' : 'sent',
    nextAttemptAt: webhook ? now : null,
    costMinor: state.costPerMessageMinor,
    createdAt: now,
    sentAt: webhook ? null : now,
  };
}
