import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormDialog, submitAndClose } from '../../../components/FormDialog';
import { ROLES, type ViewerRole } from '../../../lib/session/roles';
import { SetUserRoleDocument } from '../api/setUserRole';

export interface RoleTarget {
  id: string;
  displayName: string;
  role: ViewerRole;
}

/** An administrator picks someone's role, reads what it allows, and confirms. */
export function RoleDialog({ user, onClose }: { user: RoleTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ViewerRole | null>(null);
  const [setUserRole, { loading, error, reset }] = useMutation(SetUserRoleDocument);
  const role = picked ?? user?.role ?? null;
  const changed = !!user && !!role && role !== user.role;

  const close = () => {
    setPicked(null);
    reset();
    onClose();
  };

  const submit = async () => {
    if (!user || !role || !changed) return;
    await submitAndClose(
      () => setUserRole({ variables: { userId: user.id, role } }),
      t('roles.changed', { name: user.displayName, role: t(`roles.name.${role}`) }),
      close,
    );
  };

  return (
    <FormDialog
      open={!!user}
      onClose={close}
      title={t('roles.title', { name: user?.displayName ?? '' })}
      onSubmit={() => void submit()}
      submitLabel={changed ? t('roles.confirm', { role: t(`roles.name.${role}`) }) : t('roles.change')}
      tone="danger"
      submitDisabled={loading || !changed}
      error={error}
    >
      <ChoiceGroup
        legend={t('roles.legend', { name: user?.displayName ?? '' })}
        name="user-role"
        choices={ROLES.map((value) => ({
          value,
          label: (
            <>
              <strong>{t(`roles.name.${value}`)}</strong>
              {value === user?.role && ` ${t('roles.current')}`} — {t(`roles.explain.${value}`)}
            </>
          ),
        }))}
        value={role}
        onChange={setPicked}
      />
      {changed && <p className="field__hint">{t('roles.takesEffect', { name: user.displayName })}</p>}
    </FormDialog>
  );
}
