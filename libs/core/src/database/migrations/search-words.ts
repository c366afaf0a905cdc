// Shared by the migrations that feed the search vocabulary (search_word).

/** Adds the words of `docs` (an SQL expression over the FROM clause `from`) that the vocabulary lacks. */
export const learnWords = (docs: string, from: string) => `
  INSERT INTO search_word ("word", "lexeme")
  SELECT x.w, search_word_lexeme(x.w)
  FROM (SELECT DISTINCT w FROM ${from}, LATERAL search_words(${docs}) AS w) x
  WHERE NOT EXISTS (SELECT 1 FROM search_word s WHERE s."word" = x.w)`;
