import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { DOMAIN_EVENT_TYPES } from '../../core/events/domain-events';
import type { Page } from '../../core/pagination/connection';
import { keysetPage } from '../../core/pagination/keyset-page';
import { EndpointGuard } from './endpoint-guard';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { ROTATION_OVERLAP_MS, WebhookSecrets } from './webhook-secrets';

/** Endpoints an instance may have: a brand wires a few systems, not hundreds. */
const MAX_ENDPOINTS = 20;

/** Brand staff's endpoints and their delivery log. One brand per deployment: every staff member sees them all. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guard: EndpointGuard,
    private readonly secrets: WebhookSecrets,
  ) {}

  list(): Promise<WebhookEndpointEntity[]> {
    return this.dataSource.getRepository(WebhookEndpointEntity).find({ order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async create(url: string, events: string[], createdById: string): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const checked = await this.guard.check(url);
    const types = checkEvents(events);
    const repo = this.dataSource.getRepository(WebhookEndpointEntity);
    if ((await repo.count()) >= MAX_ENDPOINTS) throw new BadUserInputError(`At most ${MAX_ENDPOINTS} endpoints; delete one first.`);
    const id = randomUUID();
    const secret = this.secrets.generate();
    const endpoint = await repo.save(repo.create({ id, url: checked.toString(), events: types, active: true, secretSealed: this.secrets.seal(id, secret), createdById }));
    return { endpoint, secret };
  }

  /** A new secret; the current one keeps signing beside it for 24 h (a second rotation drops the oldest). */
  async rotate(id: string): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const endpoint = await this.find(id);
    const secret = this.secrets.generate();
    endpoint.previousSecretSealed = endpoint.secretSealed;
    endpoint.previousSecretUntil = new Date(Date.now() + ROTATION_OVERLAP_MS);
    endpoint.secretSealed = this.secrets.seal(endpoint.id, secret);
    return { endpoint: await this.dataSource.getRepository(WebhookEndpointEntity).save(endpoint), secret };
  }

  async setActive(id: string, active: boolean): Promise<WebhookEndpointEntity> {
    const endpoint = await this.find(id);
    endpoint.active = active;
    return this.dataSource.getRepository(WebhookEndpointEntity).save(endpoint);
  }

  /** The endpoint and its delivery log go; events other endpoints still hold stay. */
  async delete(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(WebhookEndpointEntity).delete({ id });
    if (!result.affected) throw new NotFoundError('That endpoint');
    return true;
  }

  async deliveries(endpointId: string, first: number, after?: string | null): Promise<Page<WebhookDeliveryEntity & { event?: string }>> {
    await this.find(endpointId);
    const query = this.dataSource.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').where('d.endpoint_id = :endpointId', { endpointId });
    return keysetPage(query, { first, after, column: 'created_at', direction: 'DESC' });
  }

  /** Event types by event id, for a page of deliveries. */
  async eventTypes(eventIds: string[]): Promise<Map<string, string>> {
    if (!eventIds.length) return new Map();
    const rows: { id: string; type: string }[] = await this.dataSource.query(`SELECT id, type FROM webhook_events WHERE id = ANY($1)`, [eventIds]);
    return new Map(rows.map((r) => [r.id, r.type]));
  }

  private async find(id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id });
    if (!endpoint) throw new NotFoundError('That endpoint');
    return endpoint;
  }
}

function checkEvents(events: string[]): string[] {
  const types = [...new Set(events.map((e) => e.trim()))];
  if (!types.length) throw new BadUserInputError('Choose at least one event.', 'events');
  const unknown = types.filter((t) => !(DOMAIN_EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw new BadUserInputError(`Unknown event ${unknown.join(', ')}; known events: ${DOMAIN_EVENT_TYPES.join(', ')}.`, 'events');
  return types;
}
