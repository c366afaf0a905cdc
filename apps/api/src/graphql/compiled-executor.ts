import type { GatewayExecutor, GatewayInterface, GatewayLoadResult, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, isObjectType, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { isPromisedField, rootLogger } from '@app/core';

/**
 * One operation of a parsed document: the times graphql-js has run it, until it is compiled; then
 * the compiled operation, or NOT_COMPILED when graphql-jit refused it (a name the document does not
 * have) or failed on it: graphql-js keeps running it.
 */
type OperationState = number | CompiledQuery | typeof NOT_COMPILED;
const NOT_COMPILED = 'not compiled';

/**
 * Runs operations compiled by `graphql-jit` on the schema Nest builds. It is installed as Apollo's
 * gateway: the only place Apollo Server takes an executor. A compiled operation reads plain fields
 * as properties of their parent, with no resolver call (`plainFields` removes the resolvers that
 * only read a property) and builds no resolve info unless a resolver reads it.
 *
 * An operation is compiled once it has run `compileAfter` times through graphql-js (as Mercurius's
 * `jit` option): compiling costs about twice validating, so a stream of operations each sent once
 * is not compiled at all, while the operations clients repeat are compiled on their second request.
 * Compiled operations are kept per parsed document, which Apollo keeps by query text in its
 * document store (bounded): they go with their document.
 *
 * An operation that does not compile (an operationName the document does not have) or does not
 * run (variables that do not coerce) is answered by graphql-js, whose errors Apollo recognises as
 * BAD_USER_INPUT; one graphql-jit fails to compile keeps running on graphql-js.
 */
export class CompiledExecutor implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  private readonly operations = new WeakMap<DocumentNode, Map<string | undefined, OperationState>>();

  constructor(private readonly compileAfter: number) {}

  /** Nest's `transformSchema`: the schema Apollo validates against, with its plain fields' resolvers removed. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = plainFields(schema);
    return this.schema;
  };

  async load(): Promise<GatewayLoadResult> {
    return { executor: this.execute };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    const apiSchema = this.requireSchema();
    callback({ apiSchema, coreSupergraphSdl: printSchema(apiSchema) });
    return () => undefined;
  }

  async stop(): Promise<void> {}

  private readonly execute: GatewayExecutor = async ({ document, request, context }) => {
    const schema = this.requireSchema();
    // The name the client sent: Apollo's resolved one is null when it names no operation of the document.
    const operationName = request.operationName ?? undefined;
    const variables = request.variables ?? {};
    const compiled = this.compiled(schema, document, operationName);
    const result = compiled ? await compiled.query(undefined, context, variables) : null;
    // Not compiled (yet), or not run (variables that do not coerce, the only answer without data,
    // given before any resolver runs): graphql-js runs it.
    if (!result || !('data' in result)) {
      return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    }
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  /** The compiled operation, compiling it when it has run often enough; null while graphql-js runs it. */
  private compiled(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byName = this.operations.get(document);
    if (!byName) this.operations.set(document, (byName = new Map()));
    const state = byName.get(operationName) ?? 0;
    if (state === NOT_COMPILED) return null;
    if (typeof state !== 'number') return state;
    if (state < this.compileAfter) {
      byName.set(operationName, state + 1);
      return null;
    }
    let compiled: CompiledQuery | typeof NOT_COMPILED = NOT_COMPILED;
    try {
      const outcome = compileQuery(schema, document, operationName);
      if (isCompiledQuery(outcome)) compiled = outcome;
    } catch (err) {
      rootLogger.warn({ err, operationName }, 'graphql-jit could not compile an operation: graphql-js runs it');
    }
    byName.set(operationName, compiled);
    return compiled === NOT_COMPILED ? null : compiled;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('the GraphQL schema is not built yet');
    return this.schema;
  }
}

/**
 * graphql-jit's errors as graphql-js's: its own error class leaves `extensions` undefined when the
 * resolver's error has none (any error that is not a GraphQLError, such as a failed statement),
 * which Apollo's error formatting does not survive. Same message, path, locations and original error.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const normal = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  return Object.assign(normal, { locations: error.locations });
}

/**
 * Removes the resolvers that only read the parent's property of the field's name (Nest gives every
 * field of a code-first object type one): the executor then reads the property itself, which
 * graphql-js does the same way and a compiled operation does without a call. Nest's resolver
 * answers the field's declared default when the property is undefined: a field with a default
 * keeps it (the probe on an empty parent answers something), and so does a field marked
 * `@PromisedField()`, whose property may hold a promise only a resolver's result is awaited for.
 */
export function plainFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((parent: object) => unknown) | undefined;
      if (!isPromisedField(field) && resolve?.name === NEST_PROPERTY_RESOLVER && resolve.length === 1 && resolve(Object.create(null)) === undefined) {
        field.resolve = undefined;
      }
    }
  }
  return schema;
}

/** The name of the resolver Nest gives a field with neither a resolver of its own nor middleware. */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';
