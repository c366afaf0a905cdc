import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** Limits applied to every operation before it executes (GraphQL Armor's defaults, GitHub's page size). */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 25_000,
  maxPageSize: 100,
  defaultPageSize: 20,
  /** Lists without `first` are bounded by the data (e.g. the practices linked to a thread). */
  unpaginatedListFactor: 10,
} as const;

export function limitError(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit, http: { status: 400 } } });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      const fragment = fragments[name];
      if (!fragment) continue;
      max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set([...visited, name])));
    }
  }
  return max;
}

/** Rejects operations nested deeper than `max` fields (fragments followed, cycles ignored). */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(limitError(`La richiesta è troppo annidata: profondità ${depth}, massimo ${max}`, 'depth'));
        }
      },
    };
  };
}

/** Rejects documents with more than `max` aliased fields (alias-based batching attacks). */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node: FieldNode) {
        if (!node.alias) return;
        aliases++;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(limitError(`La richiesta usa troppi alias: massimo ${max}`, 'aliases'));
        }
      },
    };
  };
}
