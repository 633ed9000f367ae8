import type { OutboundDestinations } from '@app/platform';
import { invalidCampaign } from '../../domain/retention.errors.js';

/**
 * Refuses a webhook URL that points inside the network (loopback, private, link-local such as
 * the cloud metadata service, ... unless OUTBOUND_ALLOWED_IPS names it) when a campaign is
 * saved, so the mistake or the probe is told at once. Delivery checks again on the address it
 * connects to, as a name's DNS may change after the save. A URL that is not http(s) is left to
 * the campaign's own validation, which names that problem.
 */
export async function assertWebhookDestination(
  webhookUrl: string | null | undefined,
  destinations: OutboundDestinations,
): Promise<void> {
  if (!webhookUrl || !/^https?:\/\//i.test(webhookUrl)) return;
  const refusal = await destinations.refusal(webhookUrl);
  if (!refusal) return;
  throw invalidCampaign([
    {
      field: 'webhookUrl',
      message: `webhookUrl may only reach public addresses: ${refusal} (OUTBOUND_ALLOWED_IPS lets chosen private addresses through)`,
    },
  ]);
}
