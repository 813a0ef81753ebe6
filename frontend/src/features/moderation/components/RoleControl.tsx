import { useTranslation } from 'react-i18next';
import { canManageRoles } from '../../../lib/session/roles';
import { useViewer } from '../../../lib/session/ViewerContext';
import type { RoleTarget } from './RoleDialog';

/**
 * A person's role next to their name (staff only; customers are the rule), and for
 * administrators a "Change role" button. Nobody changes their own role here.
 */
export function RoleControl({ user, onChangeRole }: { user: RoleTarget; onChangeRole: (user: RoleTarget) => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const canChange = canManageRoles(viewer) && viewer?.id !== user.id;
  return (
    <>
      {user.role !== 'CUSTOMER' && <span className="badge badge--role">{t(`roles.name.${user.role}`)}</span>}
      {canChange && (
        <button type="button" className="text-button" onClick={() => onChangeRole(user)}>
          {t('roles.change')}
          <span className="visually-hidden"> {t('roles.of', { name: user.displayName })}</span>
        </button>
      )}
    </>
  );
}
