import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { connectionFields } from './connection';
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
      possibleTypes: { SearchHit: ['Thread', 'Post', 'Practice', 'Member', 'Document'] },
      typePolicies: {
        // "Carica altri" (fetchMore with `after`) adds its page to the list already shown.
        Query: {
          fields: connectionFields(
            'members',
            'administrations',
            'threads',
            'practices',
            'twinnings',
            'search',
            'notifications',
            'moderationQueue',
            'moderationLog',
          ),
        },
        Category: { fields: connectionFields('threads') },
        Practice: { fields: connectionFields('threads') },
        Thread: { fields: connectionFields('posts') },
        Follow: { keyFields: ['targetType', 'targetId'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
