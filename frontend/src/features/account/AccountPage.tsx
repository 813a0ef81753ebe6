import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './components/ChangePasswordForm';
import { DataExportSection } from './components/DataExportSection';
import { DeleteAccountSection } from './components/DeleteAccountSection';
import { SessionsList } from './components/SessionsList';

/** The signed-in person's own account: where they are signed in, their password, and their data. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow stack stack--loose">
      <h1 className="page-title">{t('account.title')}</h1>
      <SessionsList />
      <ChangePasswordForm />
      <DataExportSection />
      <DeleteAccountSection />
    </div>
  );
}
