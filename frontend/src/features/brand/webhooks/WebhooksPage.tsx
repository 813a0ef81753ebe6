import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/CheckboxField';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { TextField } from '../../../components/TextField';
import type { WebhookEndpointFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format';
import { notify } from '../../../lib/notices';
import { useDescribeError } from '../../../lib/useDescribeError';
import { useLocale } from '../../../lib/useLocale';
import { CreateWebhookEndpointDocument } from './api/createWebhookEndpoint';
import { DeleteWebhookEndpointDocument } from './api/deleteWebhookEndpoint';
import { ReplayWebhookDeliveryDocument } from './api/replayWebhookDelivery';
import { RotateWebhookSecretDocument } from './api/rotateWebhookSecret';
import { SetWebhookEndpointActiveDocument } from './api/setWebhookEndpointActive';
import { WebhookDeliveriesDocument } from './api/webhookDeliveries';
import { WebhookEndpointsDocument } from './api/webhookEndpoints';

/** The events a brand system can hear (the server's list; names stay as sent, words come from the translations). */
export const WEBHOOK_EVENTS = ['story.approved', 'story.featured', 'story.removed', 'rights.granted', 'rights.revoked', 'prize.won', 'points.changed'] as const;

/**
 * Brand → Webhooks: endpoints the brand's systems listen on, their secret (shown once, after
 * making or rotating), and per endpoint the delivery log with a replay button.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = useDescribeError();
  const endpoints = useQuery(WebhookEndpointsDocument, { fetchPolicy: 'cache-and-network' });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['story.approved']);
  const [localError, setLocalError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<WebhookEndpointFieldsFragment | null>(null);
  const [openLog, setOpenLog] = useState<string | null>(null);

  const [create, creating] = useMutation(CreateWebhookEndpointDocument, {
    update: (cache, { data }) => {
      const made = data?.createWebhookEndpoint.endpoint;
      const existing = cache.readQuery({ query: WebhookEndpointsDocument });
      if (made && existing) cache.writeQuery({ query: WebhookEndpointsDocument, data: { webhookEndpoints: [made, ...existing.webhookEndpoints] } });
    },
  });
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [remove] = useMutation(DeleteWebhookEndpointDocument);
  const [setActive] = useMutation(SetWebhookEndpointActiveDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return setLocalError(t('form.errorRequired'));
    if (!events.length) return setLocalError(t('webhooks.errorNoEvents'));
    setLocalError(null);
    try {
      const { data } = await create({ variables: { url: url.trim(), events } });
      if (data) setSecret(data.createWebhookEndpoint.secret);
      setUrl('');
    } catch {
      // Shown below the form (BAD_USER_INPUT: a refused address, an unknown event).
    }
  };

  const rotateSecret = async (endpoint: WebhookEndpointFieldsFragment) => {
    try {
      const { data } = await rotate({ variables: { id: endpoint.id } });
      if (data) setSecret(data.rotateWebhookSecret.secret);
    } catch (error) {
      notify('error', describe(error));
    }
  };

  const deleteEndpoint = async (endpoint: WebhookEndpointFieldsFragment) => {
    setConfirmDelete(null);
    try {
      await remove({
        variables: { id: endpoint.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id: endpoint.id }) });
          cache.gc();
        },
      });
      notify('success', t('webhooks.deleted'));
    } catch (error) {
      notify('error', describe(error));
    }
  };

  const list = endpoints.data?.webhookEndpoints;
  const toggle = (name: string, on: boolean) => setEvents((current) => (on ? [...current, name] : current.filter((e) => e !== name)));

  return (
    <div className="page webhooks-page">
      <h1 className="page-title">{t('webhooks.title')}</h1>
      <p className="page-intro">{t('webhooks.intro')}</p>

      <form className="card form" onSubmit={submit} noValidate aria-labelledby="webhooks-add-title">
        <h2 id="webhooks-add-title" className="section-title">
          {t('webhooks.addTitle')}
        </h2>
        <TextField label={t('webhooks.urlLabel')} value={url} onChange={setUrl} required autoComplete="off" />
        <fieldset className="field">
          <legend className="field__label">{t('webhooks.eventsLabel')}</legend>
          {WEBHOOK_EVENTS.map((name) => (
            <CheckboxField key={name} label={t(`webhooks.event.${name}`)} details={<code>{name}</code>} checked={events.includes(name)} onChange={(on) => toggle(name, on)} />
          ))}
        </fieldset>
        {localError && (
          <p className="field__error" role="alert">
            {localError}
          </p>
        )}
        {creating.error && <ErrorNotice error={creating.error} compact />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={creating.loading}>
            {creating.loading ? t('common.sending') : t('webhooks.add')}
          </button>
        </div>
      </form>

      <section aria-labelledby="webhooks-list-title">
        <h2 id="webhooks-list-title" className="section-title">
          {t('webhooks.listTitle')}
        </h2>
        {!list && endpoints.error ? (
          <ErrorNotice error={endpoints.error} onRetry={() => void endpoints.refetch()} />
        ) : !list ? (
          <Loading lines={3} />
        ) : list.length === 0 ? (
          <EmptyState title={t('webhooks.empty')} />
        ) : (
          <ul className="stack">
            {list.map((endpoint) => (
              <li key={endpoint.id} className="card stack webhook-endpoint">
                <p className="webhook-endpoint__url">
                  <code>{endpoint.url}</code>
                </p>
                <p className="muted">
                  {endpoint.events.map((name) => t(`webhooks.event.${name}`, { defaultValue: name })).join(locale.startsWith('zh') ? '、' : ', ')}
                </p>
                <p className="cluster">
                  <span className={`badge ${endpoint.active ? 'badge--active' : ''}`}>{endpoint.active ? t('webhooks.active') : t('webhooks.inactive')}</span>
                  <span className="muted">{t('webhooks.created', { date: formatDate(endpoint.createdAt, locale) })}</span>
                </p>
                <div className="cluster">
                  <button type="button" className="button" aria-expanded={openLog === endpoint.id} onClick={() => setOpenLog(openLog === endpoint.id ? null : endpoint.id)}>
                    {t('webhooks.log')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void setActive({
                        variables: { id: endpoint.id, active: !endpoint.active },
                        optimisticResponse: { setWebhookEndpointActive: { __typename: 'WebhookEndpoint', id: endpoint.id, active: !endpoint.active } },
                      }).catch((error: unknown) => notify('error', describe(error)))
                    }
                  >
                    {endpoint.active ? t('webhooks.pause') : t('webhooks.resume')}
                  </button>
                  <button type="button" className="button" onClick={() => void rotateSecret(endpoint)}>
                    {t('webhooks.rotate')}
                  </button>
                  <button type="button" className="text-button text-button--danger" onClick={() => setConfirmDelete(endpoint)}>
                    {t('webhooks.delete')}
                    <span className="visually-hidden"> {endpoint.url}</span>
                  </button>
                </div>
                {openLog === endpoint.id && <DeliveryLog endpointId={endpoint.id} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Dialog open={secret !== null} onClose={() => setSecret(null)} title={t('webhooks.secretTitle')}>
        <p role="alert">{t('webhooks.secretWarning')}</p>
        <p>
          <code className="webhook-secret" aria-label={t('webhooks.secretLabel')}>
            {secret}
          </code>
        </p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              void navigator.clipboard?.writeText(secret ?? '').then(() => notify('success', t('webhooks.copied')));
            }}
          >
            {t('webhooks.copy')}
          </button>
          <button type="button" className="button" onClick={() => setSecret(null)}>
            {t('webhooks.secretDone')}
          </button>
        </div>
      </Dialog>

      <Dialog open={confirmDelete !== null} onClose={() => setConfirmDelete(null)} title={t('webhooks.deleteTitle')}>
        <p>{t('webhooks.deleteBody', { url: confirmDelete?.url ?? '' })}</p>
        <div className="form__actions">
          <button type="button" className="button button--danger" onClick={() => confirmDelete && void deleteEndpoint(confirmDelete)}>
            {t('webhooks.deleteConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setConfirmDelete(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

/** One endpoint's deliveries; Replay shows PENDING at once (optimistic) and the server's answer after. */
function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = useDescribeError();
  const log = useQuery(WebhookDeliveriesDocument, { variables: { endpointId, first: 20 }, fetchPolicy: 'cache-and-network' });
  const [replay] = useMutation(ReplayWebhookDeliveryDocument);
  const nodes = log.data?.webhookDeliveries.nodes;

  if (!nodes && log.error) return <ErrorNotice error={log.error} onRetry={() => void log.refetch()} />;
  if (!nodes) return <Loading lines={2} />;
  if (!nodes.length) return <p className="muted">{t('webhooks.noDeliveries')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('webhooks.log')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webhooks.col.event')}</th>
            <th scope="col">{t('webhooks.col.status')}</th>
            <th scope="col">{t('webhooks.col.attempts')}</th>
            <th scope="col">{t('webhooks.col.http')}</th>
            <th scope="col">{t('webhooks.col.time')}</th>
            <th scope="col">{t('webhooks.col.when')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('webhooks.replay')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((delivery) => (
            <tr key={delivery.id}>
              <td>{t(`webhooks.event.${delivery.event}`, { defaultValue: delivery.event })}</td>
              <td title={delivery.lastError ?? undefined}>{t(`webhooks.status.${delivery.status}`, { defaultValue: delivery.status })}</td>
              <td>{delivery.attempts}</td>
              <td>{delivery.responseStatus ?? '—'}</td>
              <td>{delivery.responseTimeMs === null || delivery.responseTimeMs === undefined ? '—' : t('webhooks.ms', { ms: delivery.responseTimeMs })}</td>
              <td>{formatDateTime(delivery.createdAt, locale)}</td>
              <td>
                <button
                  type="button"
                  className="text-button"
                  onClick={() =>
                    void replay({
                      variables: { id: delivery.id },
                      optimisticResponse: { replayWebhookDelivery: { ...delivery, status: 'PENDING', lastError: null } },
                    }).catch((error: unknown) => notify('error', describe(error)))
                  }
                >
                  {t('webhooks.replay')}
                  <span className="visually-hidden"> {delivery.eventId}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
