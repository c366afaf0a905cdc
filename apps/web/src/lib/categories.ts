import { graphql } from '../gql';

/** The forum's categories: the home page's list, and the category selects (forum filter, new thread, move). */
export const CATEGORIES = graphql(`
  query Categories {
    categories { id slug name description theme threadCount }
  }
`);
