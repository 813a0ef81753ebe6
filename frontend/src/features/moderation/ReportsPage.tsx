import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadMore } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import type { ReportStatus } from '../../gql/graphql';
import { ReportsDocument } from './api/reports';
import { ReportCard } from './components/ReportCard';
import { SuspendDialog, type SuspendTarget } from './components/SuspendDialog';

const STATUSES: readonly ReportStatus[] = ['OPEN', 'RESOLVED', 'DISMISSED'];

export function ReportsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReportStatus>('OPEN');
  const [suspending, setSuspending] = useState<SuspendTarget | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ReportsDocument, {
    variables: { status, first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const reports = data?.reports;
  const visible = (reports?.nodes ?? []).filter((report) => report.status === status);

  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title" className="page-title">
        {t('moderation.reportsTitle')}
      </h1>
      <Tabs
        label={t('moderation.reportStatusLabel')}
        idPrefix="reports"
        tabs={STATUSES.map((id) => ({ id, label: t(`reportStatus.${id}`) }))}
        selected={status}
        onSelect={setStatus}
      />
      <div {...tabPanelProps('reports', status)}>
        {!reports && error ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : !reports ? (
          <Loading lines={4} />
        ) : visible.length === 0 ? (
          <EmptyState title={t('moderation.reportsEmpty')} />
        ) : (
          <>
            <ul className="report-list">
              {visible.map((report) => (
                <li key={report.id}>
                  <ReportCard report={report} onSuspend={setSuspending} />
                </li>
              ))}
            </ul>
            <LoadMore
              hasMore={reports.pageInfo.hasNextPage}
              loading={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={() => void fetchMore({ variables: { after: reports.pageInfo.endCursor } }).catch(() => undefined)}
            />
          </>
        )}
      </div>
      <SuspendDialog user={suspending} onClose={() => setSuspending(null)} />
    </section>
  );
}
