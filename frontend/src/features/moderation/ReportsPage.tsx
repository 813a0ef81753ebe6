import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import type { ReportStatus } from '../../gql/graphql';
import { ReportsDocument } from './api/reports';
import { ReportCard } from './components/ReportCard';
import { RoleDialog, type RoleTarget } from './components/RoleDialog';
import { SuspendDialog, type SuspendTarget } from './components/SuspendDialog';

const STATUSES: readonly ReportStatus[] = ['OPEN', 'RESOLVED', 'DISMISSED'];

export function ReportsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReportStatus>('OPEN');
  const [suspending, setSuspending] = useState<SuspendTarget | null>(null);
  const [changingRole, setChangingRole] = useState<RoleTarget | null>(null);
  const query = useQuery(ReportsDocument, {
    variables: { status, first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const reports = query.data?.reports;
  // A handled report leaves the list at once.
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
        <PagedList page={reports} nodes={visible} query={query} loadingLines={4} empty={<EmptyState title={t('moderation.reportsEmpty')} />}>
          {(list) => (
            <ul className="stack report-list">
              {list.map((report) => (
                <li key={report.id}>
                  <ReportCard report={report} onSuspend={setSuspending} onChangeRole={setChangingRole} />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </div>
      <SuspendDialog user={suspending} onClose={() => setSuspending(null)} />
      <RoleDialog user={changingRole} onClose={() => setChangingRole(null)} />
    </section>
  );
}
