import { NetworkStatus } from '@apollo/client';
import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';
import { LoadMore } from './LoadMore';
import { Loading } from './Loading';

/** One page of a connection, as every paginated query returns it. */
export interface ConnectionPage<T> {
  nodes: readonly T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** The parts of a paginated `useQuery` result the list needs. */
export interface PagedQuery {
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string | null } }) => Promise<unknown>;
}

/** "Show more" (and infinite scroll) for a connection: fetches the page after the last one shown. */
export function NextPage({ page, query }: { page: ConnectionPage<unknown>; query: PagedQuery }) {
  return (
    <LoadMore
      hasMore={page.pageInfo.hasNextPage}
      loading={query.networkStatus === NetworkStatus.fetchMore}
      onLoadMore={() => void query.fetchMore({ variables: { after: page.pageInfo.endCursor ?? null } }).catch(() => undefined)}
    />
  );
}

interface PagedListProps<T> {
  /** The connection once loaded (e.g. `data?.campaigns`). */
  page: ConnectionPage<T> | null | undefined;
  query: PagedQuery & { error?: unknown; refetch: () => Promise<unknown> };
  /** The nodes to show when the page's own are filtered (e.g. decided stories leave at once). */
  nodes?: readonly T[];
  /** Shown when there is nothing to list. */
  empty: ReactNode;
  loadingLines?: number;
  /** The list itself. */
  children: (nodes: readonly T[]) => ReactNode;
}

/** A paginated list's states: the error with a retry, placeholder bars, "nothing here", or the list with "Show more". */
export function PagedList<T>({ page, query, nodes, empty, loadingLines = 5, children }: PagedListProps<T>) {
  if (!page && query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (!page) return <Loading lines={loadingLines} />;
  const shown = nodes ?? page.nodes;
  if (shown.length === 0) return <>{empty}</>;
  return (
    <>
      {children(shown)}
      <NextPage page={page} query={query} />
    </>
  );
}
