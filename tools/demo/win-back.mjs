import {
  activateRetentionCampaign,
  createRetentionCampaign,
  getRetentionCampaignPerformance,
  recalculateRetention,
} from '../../sdk/dist/index.js';

const MINUTE = 60_000;
const POLL_MS = 5_000;
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'];

/**
 * The story's end for retention: a win-back campaign for buyers at high or critical risk, today's
 * churn scores for every customer, then who the campaign enrolled and messaged.
 *
 * The API has no operation that runs the retention automation on demand: its scheduler runs it
 * once per slot of RETENTION_AUTOMATION_EVERY_MINUTES (hourly by default, slots counted from
 * midnight UTC). With a clock (the API in this process) the demo walks it on to the next slot and
 * the scheduler's minute tick runs the automation; against a running API the demo waits for the
 * next slot only when asked to (`waitMs`), and otherwise says when it comes.
 */
export async function winBack(client, { clock, everyMinutes = 60, waitMs = 0, out }) {
  const { data: campaign } = await createRetentionCampaign({
    client,
    body: {
      name: 'Win back fading buyers',
      trigger: { riskLevels: ['high', 'critical'] },
      channel: 'email',
      offer: { type: 'discount_percent', value: 15 },
      costPerMessage: 0.05,
      controlGroupShare: 0.1,
    },
    throwOnError: true,
  });
  await activateRetentionCampaign({ client, path: { id: campaign.id }, throwOnError: true });
  const { data: churn } = await recalculateRetention({ client, throwOnError: true });
  const atRisk = (churn.riskLevels.high ?? 0) + (churn.riskLevels.critical ?? 0);

  const now = clock?.now().getTime() ?? Date.now();
  const slot = everyMinutes * MINUTE;
  const nextRunAt = new Date((Math.floor(now / slot) + 1) * slot);
  let performance = await enrolment(client, campaign.id);
  if (atRisk > 0 && waitMs > 0) {
    clock?.set(nextRunAt);
    out?.write(
      clock
        ? `\nthe clock walks on to ${nextRunAt.toISOString()}, the retention automation's next run; waiting for the scheduler's tick`
        : `\nwaiting for the API's scheduler to run the retention automation (next slot ${nextRunAt.toISOString()})`,
    );
    for (let waited = 0; performance.enrolled === 0 && waited < waitMs; waited += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      performance = await enrolment(client, campaign.id);
    }
  }
  return { campaignId: campaign.id, atRisk, churn, performance, nextRunAt };
}

async function enrolment(client, id) {
  const { data } = await getRetentionCampaignPerformance({
    client,
    path: { id },
    throwOnError: true,
  });
  return data;
}
