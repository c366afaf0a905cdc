import { graphql } from '../gql';

/** The forum's categories: the home page's list, and the category selects (forum filter, new thread, move). */
export const CATEGORIES = graphql(`
  query Categories {
    categories { id slug name description theme threadCount }
  }
`);

/** The categories as a select's options: id → name. */
export function categoryOptions(categories: ReadonlyArray<{ id: string; name: string }> | undefined): Record<string, string> {
  return Object.fromEntries((categories ?? []).map((c) => [c.id, c.name]));
}
