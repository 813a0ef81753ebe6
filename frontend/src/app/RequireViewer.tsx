import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Loading';
import { PageMessage } from '../components/PageFallback';
import { paths } from '../lib/paths';
import type { ViewerRole } from '../lib/session/roles';
import { useViewer } from '../lib/session/ViewerContext';

interface RequireViewerProps {
  /** Leave out to allow anyone signed in. */
  roles?: readonly ViewerRole[];
  children: ReactNode;
}

/** Sends signed-out people to log in (and back afterwards); tells the wrong role plainly. */
export function RequireViewer({ roles, children }: RequireViewerProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, loading } = useViewer();

  if (loading) {
    return (
      <div className="page">
        <Loading />
      </div>
    );
  }
  if (!viewer) return <Navigate to={paths.login(location.pathname + location.search)} replace />;
  if (roles && !roles.includes(viewer.role)) {
    return <PageMessage title={t('errors.forbiddenPage')} />;
  }
  return <>{children}</>;
}
