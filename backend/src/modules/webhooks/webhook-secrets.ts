import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { AppConfig } from '../../core/config/app-config';
import { atRestKey, SealedBox } from '../../core/crypto/sealed-box';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** How long the secret before a rotation keeps signing beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

/**
 * Endpoint secrets: `whsec_` + base64 of 32 random bytes (the Standard Webhooks format), shown
 * once, sealed at rest under a key derived from the at-rest key and bound to the endpoint's id.
 * Signing is the standardwebhooks library's own; during a rotation's overlap the signature
 * header carries both signatures, space-separated, so receivers holding either secret verify.
 */
@Injectable()
export class WebhookSecrets {
  private readonly box: SealedBox;

  constructor(config: AppConfig) {
    this.box = new SealedBox(atRestKey(config)).derive('ugc:webhook-secrets:v1');
  }

  generate(): string {
    return `whsec_${randomBytes(32).toString('base64')}`;
  }

  seal(endpointId: string, secret: string): string {
    return this.box.seal(secret, endpointId);
  }

  /** The `webhook-signature` header for one attempt. */
  signature(endpoint: WebhookEndpointEntity, messageId: string, timestamp: Date, body: string, now = new Date()): string {
    const secrets = [this.box.open(endpoint.secretSealed, endpoint.id)];
    if (endpoint.previousSecretSealed && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now) {
      secrets.push(this.box.open(endpoint.previousSecretSealed, endpoint.id));
    }
    return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');
  }
}
