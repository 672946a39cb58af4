// Sends a webhook to the App over HTTP the way GitHub does: JSON body, event/delivery headers, X-Hub-Signature-256.
import { createHmac, randomUUID } from 'node:crypto';

export interface Delivery {
  id: string;
  event: string;
  action?: string;
  status: number;
  responseBody: string;
  durationMs: number;
  deliveredAt: number;
}

export interface DeliveryOptions {
  /** Overrides the computed signature header (to test that a bad signature is refused). */
  signature?: string;
  /** Reuses a delivery id (GitHub's manual redelivery does). */
  deliveryId?: string;
}

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export async function deliverWebhook(
  url: string,
  secret: string,
  event: string,
  payload: Record<string, unknown>,
  appId: number,
  options: DeliveryOptions = {},
): Promise<Delivery> {
  const body = JSON.stringify(payload);
  const id = options.deliveryId ?? randomUUID();
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/simulator',
      'x-github-event': event,
      'x-github-delivery': id,
      'x-github-hook-id': '1',
      'x-github-hook-installation-target-type': 'integration',
      'x-github-hook-installation-target-id': String(appId),
      'x-hub-signature-256': options.signature ?? signBody(secret, body),
    },
  });
  const responseBody = await response.text();
  const action = typeof payload.action === 'string' ? payload.action : undefined;
  return {
    id,
    event,
    action,
    status: response.status,
    responseBody,
    durationMs: performance.now() - started,
    deliveredAt: Date.now(),
  };
}
