import { Module } from '@nestjs/common';
import { EndpointGuard } from './endpoint-guard';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Signed webhooks (Standard Webhooks) for the brand's systems, fed by the domain events. */
@Module({
  providers: [EndpointGuard, WebhookSecrets, WebhookSender, WebhookDeliveriesService, WebhooksService, WebhooksResolver],
})
export class WebhooksModule {}
