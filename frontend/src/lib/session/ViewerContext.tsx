import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { tokenStore } from '../tokenStore';
import { tokenSubject } from './silentRefresh';
import type { Viewer } from './roles';
import { LogoutDocument, ViewerDocument } from './viewerQuery';

export interface ViewerContextValue {
  /** The signed-in person, or null when signed out. */
  viewer: Viewer | null;
  /** True while we hold a token but do not know yet who it belongs to. */
  loading: boolean;
  signIn: (accessToken: string, user?: Viewer) => Promise<void>;
  signOut: () => Promise<void>;
}

/** Exported for tests, which sign someone in without a server. */
export const ViewerContext = createContext<ViewerContextValue>({
  viewer: null,
  loading: false,
  signIn: async () => undefined,
  signOut: async () => undefined,
});

export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(() => tokenStore.get());

  // Everything cached was fetched as the person signed in until now (likes, drafts…): a sign-in,
  // sign-out or change of person, in this tab or another, starts the cache again. A renewed
  // token of the same person (every 15 minutes) keeps it.
  const lastToken = useRef(token);
  const resetting = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(
    () =>
      tokenStore.subscribe((next) => {
        const previous = lastToken.current;
        lastToken.current = next;
        setToken(next);
        if (tokenSubject(previous) !== tokenSubject(next)) resetting.current = client.resetStore().catch(() => undefined);
      }),
    [client],
  );

  const { data, loading } = useQuery(ViewerDocument, { skip: !token });

  const signIn = useCallback(
    async (accessToken: string, user?: Viewer) => {
      tokenStore.set(accessToken);
      await resetting.current;
      if (user) client.writeQuery({ query: ViewerDocument, data: { me: user } });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    // End the session on the server (its tokens stop working everywhere), then forget it here.
    if (tokenStore.get()) await client.mutate({ mutation: LogoutDocument }).catch(() => undefined);
    tokenStore.clear();
    await resetting.current;
  }, [client]);

  const value = useMemo<ViewerContextValue>(
    () => ({
      viewer: token ? (data?.me ?? null) : null,
      loading: !!token && loading,
      signIn,
      signOut,
    }),
    [token, data, loading, signIn, signOut],
  );

  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerContextValue {
  return useContext(ViewerContext);
}
