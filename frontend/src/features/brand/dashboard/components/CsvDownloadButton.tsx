import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../../components/icons';
import { REUSE_SCOPES } from '../../../../components/UsageRights/usageScopes';
import type { UsageScope } from '../../../../gql/graphql';
import { saveBlob } from '../../../../lib/download';
import { formatRetryWait } from '../../../../lib/errors';
import { sessionExpired } from '../../../../lib/session/sessionExpiry';
import { freshAccessToken } from '../../../../lib/session/silentRefresh';
import { useLocale } from '../../../../lib/useLocale';

interface CsvDownloadButtonProps {
  campaignId: string;
  /** Used for the file name when the server does not suggest one. */
  campaignSlug: string;
  /** The campaign's IANA zone: the file gives every time in UTC and again in this zone. */
  timeZone: string;
}

type DownloadState = { status: 'idle' } | { status: 'loading'; received: number; total: number | null } | { status: 'error'; message: string };

/** The export's URL; the server answers it only with a brand staff or admin Bearer token. `scope` narrows it to stories allowed for that reuse. */
export function storiesCsvUrl(campaignId: string, scope: UsageScope | null = null): string {
  return `/exports/campaigns/${encodeURIComponent(campaignId)}/stories.csv${scope ? `?scope=${scope}` : ''}`;
}

/** `attachment; filename="x.csv"` or RFC 5987 `filename*=UTF-8''x.csv` → the file name. */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  // Never let a header choose a path.
  return name ? name.replace(/[\\/]/g, '_') : null;
}

/** Reads the body chunk by chunk so the person sees it arrive (the server streams the rows). */
async function readWithProgress(response: Response, onProgress: (received: number) => void): Promise<Blob> {
  const type = response.headers.get('content-type') ?? 'text/csv;charset=utf-8';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
  return new Blob(chunks as BlobPart[], { type });
}

function formatSize(bytes: number, locale: string): string {
  const kilobytes = bytes / 1024;
  return kilobytes < 1024
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, kilobytes))
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(kilobytes / 1024);
}

/**
 * "Download stories (CSV)": fetches the export with the person's token (a plain link cannot send
 * the Authorization header), shows its progress, then saves it. UTF-8 with a BOM, so Excel opens
 * Chinese text correctly.
 */
export function CsvDownloadButton({ campaignId, campaignSlug, timeZone }: CsvDownloadButtonProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const [scope, setScope] = useState<UsageScope | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const messageForStatus = (status: number, retryAfter: string | null): string => {
    if (status === 403) return t('errors.forbidden');
    if (status === 404) return t('errors.notFound');
    if (status === 429) {
      const seconds = Number(retryAfter);
      return seconds > 0 ? t('errors.rateLimitedWait', { when: formatRetryWait(seconds, locale) }) : t('errors.rateLimited');
    }
    return t('errors.server');
  };

  const download = async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'loading', received: 0, total: null });
    try {
      const token = await freshAccessToken();
      const response = await fetch(storiesCsvUrl(campaignId, scope), {
        headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        signal: current.signal,
      });
      if (response.status === 401) {
        // Signed out or the sign-in expired: log in again and come back here, as for any request.
        setState({ status: 'idle' });
        sessionExpired();
        return;
      }
      if (!response.ok) {
        setState({ status: 'error', message: messageForStatus(response.status, response.headers.get('retry-after')) });
        return;
      }
      const length = Number(response.headers.get('content-length'));
      const total = Number.isFinite(length) && length > 0 ? length : null;
      const blob = await readWithProgress(response, (received) => {
        if (!current.signal.aborted) setState({ status: 'loading', received, total });
      });
      if (current.signal.aborted) return;
      saveBlob(blob, filenameFromContentDisposition(response.headers.get('content-disposition')) ?? `${campaignSlug}-stories.csv`);
      setState({ status: 'idle' });
    } catch (error) {
      if (current.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      setState({ status: 'error', message: t('errors.network') });
    }
  };

  const loading = state.status === 'loading';
  const progress =
    state.status === 'loading'
      ? state.total
        ? t('dashboard.csvPercent', { percent: Math.round((state.received / state.total) * 100) })
        : state.received > 0
          ? t('dashboard.csvReceived', { size: formatSize(state.received, locale) })
          : t('dashboard.csvPreparing')
      : '';

  return (
    <div className="csv-download">
      <div className="field csv-download__scope">
        <label htmlFor="csv-download-scope" className="field__label">
          {t('exportScope.label')}
        </label>
        <select id="csv-download-scope" className="field__control" value={scope ?? ''} onChange={(event) => setScope((event.target.value || null) as UsageScope | null)}>
          <option value="">{t('exportScope.any')}</option>
          {REUSE_SCOPES.map((option) => (
            <option key={option} value={option}>
              {t(`usageScopes.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void download()}
        disabled={loading}
        aria-busy={loading || undefined}
        aria-describedby="csv-download-explain"
      >
        {loading ? <span className="spinner" aria-hidden="true" /> : <DownloadIcon width={18} height={18} />}
        {t('dashboard.csvButton')}
      </button>
      {/* What the file holds and in which time zone its times are, before anyone opens it in Excel. */}
      <p id="csv-download-explain" className="csv-download__explain muted">
        {t('dashboard.csvExplain', { timeZone })}
      </p>
      <p className="csv-download__status muted" role="status">
        {progress}
      </p>
      {state.status === 'error' && (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
