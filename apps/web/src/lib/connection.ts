import type { ApolloCache, FieldPolicy, Reference, StoreObject } from '@apollo/client';

/** A cursor connection as the cache stores it: nodes are references (or inline objects without an id). */
interface StoredConnection {
  nodes: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * One field policy for every cursor connection `{ nodes, pageInfo, totalCount }`: the cache keeps
 * one list per combination of the field's arguments but `after` (filters, order and page size: a
 * count-only `first: 1` never shares a list with a page), and a page fetched with `after` is added
 * to the end of that list, skipping nodes already there. Without `after` the page replaces the list
 * (a refetch starts again from the first page).
 */
export function cursorConnection(): FieldPolicy<StoredConnection> {
  return {
    keyArgs: (args) => (args ? Object.keys(args).filter((name) => name !== 'after') : false),
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((node) => readField<string>('id', node as Reference)).filter(Boolean));
      const fresh = incoming.nodes.filter((node) => {
        const id = readField<string>('id', node as Reference);
        return !id || !seen.has(id);
      });
      return { ...incoming, nodes: [...existing.nodes, ...fresh] };
    },
  };
}

/** The field policies of the connection fields of one type. */
export function connectionFields(...names: string[]): Record<string, FieldPolicy<StoredConnection>> {
  return Object.fromEntries(names.map((name) => [name, cursorConnection()]));
}

/**
 * Adds a node (already in the cache, with its __typename) at the end of every loaded list of a
 * connection field of one entity, where the list's last page is loaded; a list with more pages to
 * load is left alone (the node comes with them). Returns whether a list took it.
 */
export function appendToConnection(cache: ApolloCache, entityId: string, field: string, node: StoreObject): boolean {
  let added = false;
  cache.modify({
    id: entityId,
    fields: {
      [field]: (value, { readField, toReference }) => {
        const list = value as StoredConnection;
        const ref = toReference(node);
        if (!ref || list.pageInfo.hasNextPage) return list;
        if (list.nodes.some((n) => readField<string>('id', n as Reference) === node.id)) return list;
        added = true;
        return { ...list, nodes: [...list.nodes, ref], totalCount: list.totalCount + 1 };
      },
    },
  });
  return added;
}
