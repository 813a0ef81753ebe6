import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** When the message is the whole page (not found, not allowed), its title is the page's heading. */
  pageHeading?: boolean;
}

export function EmptyState({ title, children, action, pageHeading }: EmptyStateProps) {
  const Title = pageHeading ? 'h1' : 'p';
  return (
    <div className="empty-state">
      <div className="empty-state__art" aria-hidden="true" />
      <Title className="empty-state__title">{title}</Title>
      {children && <div className="empty-state__text">{children}</div>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
