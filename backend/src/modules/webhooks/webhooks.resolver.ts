import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { BRAND_ROLES } from '../accounts/role.enum';
import { CreateWebhookEndpointArgs, SetWebhookEndpointActiveArgs, WebhookDeliveriesArgs } from './dto/webhook.args';
import { WebhookDelivery, WebhookDeliveryConnection, WebhookEndpoint, WebhookEndpointWithSecret } from './models/webhook.model';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhooksService } from './webhooks.service';

/** The brand console's webhooks: ADMIN and BRAND_STAFF only. */
@Resolver(() => WebhookEndpoint)
export class WebhooksResolver {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Query(() => [WebhookEndpoint], { description: 'ADMIN and BRAND_STAFF.' })
  @Authorize({ roles: BRAND_ROLES })
  async webhookEndpoints(): Promise<WebhookEndpoint[]> {
    return (await this.webhooks.list()).map(WebhookEndpoint.from);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'ADMIN and BRAND_STAFF.' })
  @Authorize({ roles: BRAND_ROLES })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
    const page = await this.webhooks.deliveries(args.endpointId, args.first, args.after);
    const types = await this.webhooks.eventTypes([...new Set(page.nodes.map((d) => d.eventId))]);
    return { nodes: page.nodes.map((d) => WebhookDelivery.from(d, types.get(d.eventId) ?? '')), pageInfo: page.pageInfo };
  }

  @Mutation(() => WebhookEndpointWithSecret, { description: 'ADMIN and BRAND_STAFF.' })
  @Authorize({ roles: BRAND_ROLES })
  async createWebhookEndpoint(@Viewer() viewer: Viewer, @Args() args: CreateWebhookEndpointArgs): Promise<WebhookEndpointWithSecret> {
    const { endpoint, secret } = await this.webhooks.create(args.url, args.events, viewer.id);
    return { endpoint: WebhookEndpoint.from(endpoint), secret };
  }

  @Mutation(() => WebhookEndpointWithSecret, { description: 'ADMIN and BRAND_STAFF: a new secret; the old one keeps signing alongside for 24 h.' })
  @Authorize({ roles: BRAND_ROLES })
  async rotateWebhookSecret(@Args('id', { type: () => ID }, IdPipe) id: string): Promise<WebhookEndpointWithSecret> {
    const { endpoint, secret } = await this.webhooks.rotate(id);
    return { endpoint: WebhookEndpoint.from(endpoint), secret };
  }

  @Mutation(() => WebhookEndpoint, { description: 'ADMIN and BRAND_STAFF: an inactive endpoint is sent nothing.' })
  @Authorize({ roles: BRAND_ROLES })
  async setWebhookEndpointActive(@Args() args: SetWebhookEndpointActiveArgs): Promise<WebhookEndpoint> {
    return WebhookEndpoint.from(await this.webhooks.setActive(args.id, args.active));
  }

  @Mutation(() => Boolean, { description: 'ADMIN and BRAND_STAFF.' })
  @Authorize({ roles: BRAND_ROLES })
  deleteWebhookEndpoint(@Args('id', { type: () => ID }, IdPipe) id: string): Promise<boolean> {
    return this.webhooks.delete(id);
  }

  @Mutation(() => WebhookDelivery, { description: 'ADMIN and BRAND_STAFF: sends the same event (same id) again.' })
  @Authorize({ roles: BRAND_ROLES })
  async replayWebhookDelivery(@Args('id', { type: () => ID }, IdPipe) id: string): Promise<WebhookDelivery> {
    const delivery = await this.deliveries.replay(id);
    const types = await this.webhooks.eventTypes([delivery.eventId]);
    return WebhookDelivery.from(delivery, types.get(delivery.eventId) ?? '');
  }
}
