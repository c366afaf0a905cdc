export const NEED_FIELDS = `id title description descriptionHtml themes status createdAt administration { id name } author { id }`;
export const PUBLISH = `mutation ($input: PublishNeedInput!) { publishNeed(input: $input) { ${NEED_FIELDS} } }`;
export const CLOSE = `mutation ($id: ID!) { closeNeed(id: $id) { id status } }`;
export const NEED = `query ($id: ID!) { need(id: $id) { ${NEED_FIELDS} matches { score reasons practice { id title } } } }`;
export const NEEDS = `query ($filter: NeedFilter, $first: Int, $after: String) {
  needs(filter: $filter, first: $first, after: $after) { nodes { id title status } pageInfo { hasNextPage endCursor } totalCount } }`;
export const MATCH = `query ($text: String!, $themes: [Theme!], $administrationId: ID, $first: Int) {
  matchPractices(text: $text, themes: $themes, administrationId: $administrationId, first: $first) { score reasons practice { id title } } }`;
export const ADOPTION_FIELDS = `id stage verified updatedAt verifiedBy { id } practice { id } administration { id } twinning { id }
  history { from to note at by { id } }`;
export const RECORD = `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { ${ADOPTION_FIELDS} } }`;
export const VERIFY = `mutation ($id: ID!) { verifyAdoption(id: $id) { ${ADOPTION_FIELDS} } }`;
export const ADOPTION = `query ($id: ID!) { adoption(id: $id) { ${ADOPTION_FIELDS} } }`;
export const PRACTICE_ADOPTIONS = `query ($id: ID!) { practice(id: $id) { adoptionCount adoptions { id stage verified administration { id } } } }`;
export const COVERAGE = `query ($c: Boolean) { coverage(convergenceOnly: $c) { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings } }`;
