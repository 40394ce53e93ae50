import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { currentSession } from './session';

/** The one Apollo Client: the gateway's /graphql on the same origin, the session's bearer token, a plain cache. */
export function createClient(uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const session = currentSession();
    const headers = (prev.headers ?? {}) as Record<string, string>;
    return session ? { headers: { ...headers, authorization: `Bearer ${session.token}` } } : {};
  });
  return new ApolloClient({ link: ApolloLink.from([auth, new HttpLink({ uri })]), cache: new InMemoryCache() });
}
