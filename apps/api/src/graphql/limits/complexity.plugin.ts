import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLOutputType,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitError, QUERY_LIMITS } from './query-limits.js';

/** Per parsed document (Apollo keeps one per query text): the costs already found within budget. */
interface DocumentCosts {
  /** Variables the cost depends on: those of a `first` argument or of a directive (@include, @skip). */
  costVariables: string[];
  /** Cost by operation name and the values of costVariables. */
  costs: Map<string, number>;
}

const documents = new WeakMap<DocumentNode, DocumentCosts>();

function costsOf(document: DocumentNode): DocumentCosts {
  let found = documents.get(document);
  if (!found) {
    const names = new Set<string>();
    const collect = (value: unknown) =>
      visit(value as DocumentNode, {
        Variable(node) {
          names.add(node.name.value);
        },
      });
    visit(document, {
      Field(node) {
        for (const arg of node.arguments ?? []) if (arg.name.value === 'first') collect(arg.value);
      },
      Directive(node) {
        for (const arg of node.arguments ?? []) collect(arg.value);
      },
    });
    found = { costVariables: [...names], costs: new Map() };
    documents.set(document, found);
  }
  return found;
}

/**
 * The cost computed earlier for the same document, operation and cost variables, when the request's
 * variables coerce (else null: computing again gives the client the same error as the first time).
 * Requests with a null variable are always computed: a null may break an argument, not only coerce.
 */
function knownCost(
  entry: DocumentCosts,
  key: string,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  schema: Parameters<typeof getVariableValues>[0],
): number | null {
  const cost = entry.costs.get(key);
  if (cost === undefined || Object.values(variables).some((v) => v === null)) return null;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const operation = definition as OperationDefinitionNode;
    if (operationName !== undefined && operation.name?.value !== operationName) continue;
    if (!operation.variableDefinitions?.length) continue;
    if (getVariableValues(schema, operation.variableDefinitions, variables).errors) return null;
  }
  return cost;
}

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
          // The same operation with the same cost variables costs the same: computed once.
          const variables = request.variables ?? {};
          const operationName = request.operationName ?? undefined;
          const entry = costsOf(document);
          const key = JSON.stringify([operationName ?? null, ...entry.costVariables.map((v) => variables[v] ?? null)]);
          if (knownCost(entry, key, document, operationName, variables, schema) !== null) return;
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
              variables,
              operationName,
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
          entry.costs.set(key, cost);
        },
      };
    },
  };
}
