import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitError, QUERY_LIMITS } from './query-limits.js';

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Costs every field 1, a connection field times its `first` (default 20) and an
 * unpaginated list times a fixed factor; checks `first` is within 1..100. Runs
 * after validation and before execution, so a hostile operation costs no SQL.
 * Introspection (`__schema`, `__type`) costs nothing: it reads no data, and the depth rule
 * bounds its shape to that of the standard introspection query.
 */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const badPageSizes: string[] = [];
          const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
            // Names starting with __ are reserved to introspection.
            if (field.name === '__schema' || field.name === '__type') return 0;
            if ('first' in args) {
              const first = args.first ?? QUERY_LIMITS.defaultPageSize;
              if (!Number.isInteger(first) || first < 1 || first > QUERY_LIMITS.maxPageSize) {
                badPageSizes.push(field.name);
                return 1;
              }
              return 1 + first * Math.max(childComplexity, 1);
            }
            // `nodes` of a connection is already counted by its parent's `first`.
            if (isList(field.type) && field.name !== 'nodes') return 1 + QUERY_LIMITS.unpaginatedListFactor * childComplexity;
            return 1 + childComplexity;
          };
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [estimator],
              maxQueryNodes: QUERY_LIMITS.maxNodes,
            });
          } catch (err) {
            if (!(err instanceof GraphQLError)) throw err;
            if (/maximum allowed number of nodes/.test(err.message)) {
              throw limitError(`La richiesta è troppo costosa: più di ${QUERY_LIMITS.maxNodes} campi una volta espansi i frammenti`, 'cost');
            }
            // getComplexity coerces the variables first: their errors are the client's input, not a limit.
            throw new GraphQLError(err.message, { nodes: err.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (badPageSizes.length) {
            const error = limitError(
              `first deve essere compreso tra 1 e ${QUERY_LIMITS.maxPageSize} (campo ${badPageSizes[0]})`,
              'pageSize',
            );
            error.extensions.fields = [{ field: 'first', message: `deve essere compreso tra 1 e ${QUERY_LIMITS.maxPageSize}` }];
            throw error;
          }
          if (cost > QUERY_LIMITS.maxCost) {
            throw limitError(`La richiesta è troppo costosa: costo ${cost}, massimo ${QUERY_LIMITS.maxCost}`, 'cost');
          }
        },
      };
    },
  };
}
