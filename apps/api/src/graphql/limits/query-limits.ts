import {
  __Directive,
  __EnumValue,
  __Field,
  __InputValue,
  __Schema,
  __Type,
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** Limits applied to every operation before it executes (GraphQL Armor's defaults, GitHub's page size). */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 25_000,
  /** Fields the cost estimate visits with fragments expanded (graphql-query-complexity's default). */
  maxNodes: 10_000,
  maxPageSize: 100,
  defaultPageSize: 20,
  /** Lists without `first` are bounded by the data (e.g. the practices linked to a thread). */
  unpaginatedListFactor: 10,
} as const;

export function limitError(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit, http: { status: 400 } } });
}

/**
 * How much a field adds to a path: a number, or null when the field and what is under it do not
 * count. `atRoot` is true for the fields of the operation itself (through fragments).
 */
type Weigh = (field: FieldNode, atRoot: boolean) => number | null;

/**
 * The heaviest path through an operation's selections. A fragment is measured once (per level)
 * however often it is spread, so fragments spread many times at every level cost no more than
 * their text; a fragment inside its own cycle counts 0 (the document is invalid anyway).
 */
function heaviestPath(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, weigh: Weigh): number {
  const measured = new Map<string, number>();
  const walk = (set: SelectionSetNode | undefined, atRoot: boolean): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const weight = weigh(selection, atRoot);
        if (weight !== null) max = Math.max(max, weight + walk(selection.selectionSet, false));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(selection.selectionSet, atRoot));
      } else {
        const key = `${selection.name.value}:${atRoot}`;
        const fragment = fragments[selection.name.value];
        if (!fragment) continue;
        if (!measured.has(key)) {
          measured.set(key, 0);
          measured.set(key, walk(fragment.selectionSet, atRoot));
        }
        max = Math.max(max, measured.get(key)!);
      }
    }
    return max;
  };
  return walk(selectionSet, true);
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Fields of the introspection types that return lists of objects: each multiplies what is under it. */
const INTROSPECTION_LISTS = new Set(
  [__Schema, __Type, __Field, __InputValue, __EnumValue, __Directive].flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type)))
      .map((field) => field.name),
  ),
);

/** Fields nested, introspection left out (it has its own bounds below). */
const fieldDepth: Weigh = (field) => (field.name.value.startsWith('__') ? null : 1);

/** Fields nested under `__schema` / `__type`. */
const introspectionDepth: Weigh = (field, atRoot) => {
  if (atRoot) return INTROSPECTION_ROOTS.has(field.name.value) ? 1 : null;
  return field.name.value === '__typename' ? null : 1;
};

/** Lists nested under `__schema` / `__type` (types -> fields -> args...). */
const introspectionLists: Weigh = (field, atRoot) => {
  if (atRoot) return INTROSPECTION_ROOTS.has(field.name.value) ? 0 : null;
  return INTROSPECTION_LISTS.has(field.name.value) ? 1 : 0;
};

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  return fragments;
}

function measure(document: DocumentNode, weigh: Weigh): number {
  const fragments = fragmentsOf(document);
  let max = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) max = Math.max(max, heaviestPath(def.selectionSet, fragments, weigh));
  }
  return max;
}

/**
 * Introspection is bounded by the shape of graphql-js's own introspection query (what Apollo
 * Sandbox, GraphiQL and codegen send): as deep (its `ofType` chains) and with as many nested lists
 * (`types { fields { args } }`), so that `fields { type { fields { ... } } }` cannot multiply
 * the schema by itself. Its options only add leaf fields: the defaults give the same bounds.
 */
const STANDARD_INTROSPECTION = parse(getIntrospectionQuery());
export const INTROSPECTION_LIMITS = {
  maxDepth: measure(STANDARD_INTROSPECTION, introspectionDepth),
  maxLists: measure(STANDARD_INTROSPECTION, introspectionLists),
} as const;

/**
 * Rejects operations nested deeper than `max` fields; introspection does not count there but
 * within INTROSPECTION_LIMITS.
 */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = heaviestPath(node.selectionSet, fragments, fieldDepth);
        if (depth > max) {
          context.reportError(limitError(`La richiesta è troppo annidata: profondità ${depth}, massimo ${max}`, 'depth'));
        }
        const inspected = heaviestPath(node.selectionSet, fragments, introspectionDepth);
        if (inspected > INTROSPECTION_LIMITS.maxDepth) {
          context.reportError(
            limitError(`L'introspezione è troppo annidata: profondità ${inspected}, massimo ${INTROSPECTION_LIMITS.maxDepth}`, 'depth'),
          );
        }
        const lists = heaviestPath(node.selectionSet, fragments, introspectionLists);
        if (lists > INTROSPECTION_LIMITS.maxLists) {
          context.reportError(
            limitError(`L'introspezione annida troppe liste: ${lists}, massimo ${INTROSPECTION_LIMITS.maxLists}`, 'depth'),
          );
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
