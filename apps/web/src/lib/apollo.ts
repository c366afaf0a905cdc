import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { getToken } from './session';

const auth = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      possibleTypes: { SearchHit: ['Thread', 'Post', 'Practice', 'Member'] },
      typePolicies: {
        // Pages of a connection are merged by hand in fetchMore (see usePager).
        Query: { fields: {} },
        Follow: { keyFields: ['targetType', 'targetId'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
