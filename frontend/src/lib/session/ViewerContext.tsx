import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { tokenStore } from '../tokenStore';
import type { Viewer } from './roles';
import { ViewerDocument } from './viewerQuery';

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

const TOKEN_STORAGE_KEY = 'ugc.accessToken';

export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(() => tokenStore.get());

  useEffect(() => tokenStore.subscribe(setToken), []);

  // Signing in or out in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === TOKEN_STORAGE_KEY) {
        setToken(event.newValue);
        void client.resetStore().catch(() => undefined);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client]);

  const { data, loading } = useQuery(ViewerDocument, { skip: !token });

  const signIn = useCallback(
    async (accessToken: string, user?: Viewer) => {
      tokenStore.set(accessToken);
      // Everything cached so far was fetched as someone else (likes, drafts…).
      await client.resetStore().catch(() => undefined);
      if (user) client.writeQuery({ query: ViewerDocument, data: { me: user } });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    tokenStore.clear();
    await client.resetStore().catch(() => undefined);
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
