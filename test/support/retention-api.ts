import { CommandBus } from '@nestjs/cqrs';
import { expect } from 'vitest';
import { RunRetentionAutomationCommand } from '../../libs/retention/src/application/commands/run-retention-automation/run-retention-automation.command.js';
import { WebhookDelivery } from '../../libs/retention/src/infrastructure/webhook-delivery.js';
import type { TestApp } from './test-app.js';

/** The retention requests the specs make, with the admin key. Takes the app through a getter. */
export function retentionApi(app: () => TestApp) {
  const call = async (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    status = 200,
  ) => {
    const response = await app().request({ method, url, payload: payload as never });
    expect(response.statusCode, response.body).toBe(status);
    return response.json();
  };
  return {
    call,
    events: (events: unknown[]) => call('POST', '/v1/events', { events }),
    recalculate: () => call('POST', '/retention/recalculate'),
    createCampaign: (body: unknown) => call('POST', '/retention/campaigns', body, 201),
    automate: () => app().app.get(CommandBus).execute(new RunRetentionAutomationCommand()),
    deliverWebhooks: () => app().app.get(WebhookDelivery).deliverDue(),
  };
}
