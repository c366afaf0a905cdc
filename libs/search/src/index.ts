export * from './search.module.js';
export * from './search.model.js';
export * from './search.service.js';
export { SEARCH_RANKED_CANDIDATES, searchPage } from './search.queries.js';
