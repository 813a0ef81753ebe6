import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testViewer, IN_FLIGHT_MS } from '../../../../testing/renderWithProviders';
import { CreateWebhookEndpointDocument } from '../api/createWebhookEndpoint';
import { ReplayWebhookDeliveryDocument } from '../api/replayWebhookDelivery';
import { SetWebhookEndpointActiveDocument } from '../api/setWebhookEndpointActive';
import { WebhookDeliveriesDocument } from '../api/webhookDeliveries';
import { WebhookEndpointsDocument } from '../api/webhookEndpoints';
import { WebhooksPage } from '../WebhooksPage';

const endpoint = (id: string, url: string) => ({
  __typename: 'WebhookEndpoint' as const, id, url, events: ['story.approved'], active: true, createdAt: '2026-12-01T08:00:00.000Z',
});
const delivery = (status: string) => ({
  __typename: 'WebhookDelivery' as const, id: 'd1', eventId: 'msg_1', event: 'story.approved', status, attempts: 3,
  responseStatus: 500, responseTimeMs: 42, lastError: 'HTTP 500', createdAt: '2026-12-01T09:00:00.000Z',
});
const staff = testViewer({ role: 'BRAND_STAFF' });

describe('WebhooksPage', () => {
  it('adds an endpoint for the chosen events and shows its secret once', async () => {
    const user = userEvent.setup();
    const made = endpoint('e2', 'https://crm.example.com/hooks');
    renderWithProviders(<WebhooksPage />, {
      viewer: staff,
      mocks: [
        { request: { query: WebhookEndpointsDocument }, result: { data: { webhookEndpoints: [] } } },
        {
          request: { query: CreateWebhookEndpointDocument, variables: { url: 'https://crm.example.com/hooks', events: ['story.approved', 'prize.won'] } },
          result: { data: { createWebhookEndpoint: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_c2VjcmV0', endpoint: { ...made, events: ['story.approved', 'prize.won'] } } } },
        },
      ],
    });
    expect(await screen.findByText('No endpoints yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Endpoint URL/), 'https://crm.example.com/hooks');
    await user.click(screen.getByLabelText('A prize is won'));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(dialog).toHaveTextContent('whsec_c2VjcmV0');
    expect(dialog).toHaveTextContent('will not be shown again');
    expect(within(dialog).getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'I have saved it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('whsec_c2VjcmV0')).not.toBeInTheDocument();
    expect((await screen.findByRole('listitem')).querySelector('code')).toHaveTextContent('https://crm.example.com/hooks');
  });

  it('lists deliveries and shows a replay as sending at once', async () => {
    const user = userEvent.setup();
    let answer: (value: unknown) => void = () => undefined;
    const replayed = new Promise((resolve) => (answer = resolve));
    renderWithProviders(<WebhooksPage />, {
      viewer: staff,
      mocks: [
        { request: { query: WebhookEndpointsDocument }, result: { data: { webhookEndpoints: [endpoint('e1', 'https://crm.example.com/a')] } } },
        {
          request: { query: WebhookDeliveriesDocument, variables: { endpointId: 'e1', first: 20 } },
          result: { data: { webhookDeliveries: { __typename: 'WebhookDeliveryConnection', nodes: [delivery('GAVE_UP')], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false } } } },
        },
        {
          request: { query: ReplayWebhookDeliveryDocument, variables: { id: 'd1' } },
          delay: IN_FLIGHT_MS,
          result: () => {
            answer(true);
            return { data: { replayWebhookDelivery: { ...delivery('SUCCEEDED'), attempts: 4, responseStatus: 200, lastError: null } } };
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delivery log' }));
    const row = (await screen.findByText('Gave up')).closest('tr')!;
    expect(row).toHaveTextContent('A story goes live');
    expect(row).toHaveTextContent('500');
    expect(row).toHaveTextContent('42 ms');
    await user.click(within(row).getByRole('button', { name: /Replay/ }));
    expect(await screen.findByText('Sending')).toBeInTheDocument();
    await replayed;
    expect(await screen.findByText('Delivered')).toBeInTheDocument();
  });

  it('pauses an endpoint and asks before deleting one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WebhooksPage />, {
      viewer: staff,
      mocks: [
        { request: { query: WebhookEndpointsDocument }, result: { data: { webhookEndpoints: [endpoint('e1', 'https://crm.example.com/a')] } } },
        {
          request: { query: SetWebhookEndpointActiveDocument, variables: { id: 'e1', active: false } },
          result: { data: { setWebhookEndpointActive: { __typename: 'WebhookEndpoint', id: 'e1', active: false } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Paused')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /^Delete/ }));
    expect(screen.getByRole('dialog', { name: 'Delete this endpoint?' })).toHaveTextContent('https://crm.example.com/a will get nothing more');
  });
});
