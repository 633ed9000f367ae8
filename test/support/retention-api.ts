import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
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

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP server that answers webhooks with the given statuses in turn (then 200). */
export async function startWebhookReceiver(statuses: number[] = []) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = statuses.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/retention`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
