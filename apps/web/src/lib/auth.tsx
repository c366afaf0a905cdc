import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { getToken, setToken } from './session';
import { errorCode } from './errors';

export const ME = graphql(`
  query Me {
    me {
      id
      handle
      displayName
      role
      status
      email
      administration { id name }
    }
  }
`);

export type Viewer = NonNullable<MeQuery['me']>;

interface AuthState {
  token: string | null;
  viewer: Viewer | null;
  loading: boolean;
  isModerator: boolean;
  isAdmin: boolean;
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setTokenState] = useState<string | null>(getToken());
  const { data, loading, error } = useQuery(ME, { skip: !token, fetchPolicy: 'cache-first' });

  const signIn = useCallback(
    async (next: string) => {
      setToken(next);
      setTokenState(next);
      await client.resetStore();
    },
    [client],
  );
  const signOut = useCallback(async () => {
    setToken(null);
    setTokenState(null);
    await client.clearStore();
  }, [client]);

  // An expired or revoked token (or a suspended account): back to anonymous.
  const rejected = Boolean(token) && ((data && data.me === null) || errorCode(error) === 'UNAUTHENTICATED');
  useEffect(() => {
    if (rejected) void signOut();
  }, [rejected, signOut]);

  const viewer = token ? (data?.me ?? null) : null;
  const value = useMemo<AuthState>(
    () => ({
      token,
      viewer,
      loading: Boolean(token) && loading && !data,
      isModerator: viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN',
      isAdmin: viewer?.role === 'ADMIN',
      signIn,
      signOut,
    }),
    [token, viewer, loading, data, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
