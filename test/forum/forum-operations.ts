/** GraphQL operations shared by the forum and moderation e2e tests. */

export const CATEGORIES = `{ categories { id slug name description theme threadCount } }`;
export const CREATE_CATEGORY = `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name description theme threadCount } }`;

export const CREATE_THREAD = `mutation ($input: CreateThreadInput!) {
  createThread(input: $input) {
    id title tags status pinned hidden createdAt lastActivityAt postCount
    author { id handle } category { id slug }
    posts { nodes { id body bodyHtml version mentions { id handle } author { id } } totalCount }
  }
}`;

export const REPLY = `mutation ($input: ReplyInput!) {
  replyToThread(input: $input) {
    id body bodyHtml createdAt version hidden usefulCount viewerFoundUseful
    author { id } replyTo { id } mentions { id handle } thread { id postCount lastActivityAt }
  }
}`;

export const EDIT = `mutation ($input: EditPostInput!) { editPost(input: $input) { id body bodyHtml version editedAt mentions { handle } } }`;
export const MARK_USEFUL = `mutation ($postId: ID!, $useful: Boolean!) { markPostUseful(postId: $postId, useful: $useful) { id usefulCount viewerFoundUseful } }`;
export const MARK_SOLUTION = `mutation ($threadId: ID!, $postId: ID) { markSolution(threadId: $threadId, postId: $postId) { id solution { id } } }`;

export const THREAD = `query ($id: ID!) {
  thread(id: $id) {
    id title hidden status pinned postCount lastActivityAt tags
    category { id slug }
    solution { id }
    posts(first: 100) { nodes { id hidden body } totalCount }
  }
}`;

export const THREAD_POSTS = `query ($id: ID!, $first: Int, $after: String) {
  thread(id: $id) { id posts(first: $first, after: $after) { nodes { id createdAt } pageInfo { hasNextPage endCursor } totalCount } }
}`;

export const THREADS = `query ($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {
  threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    nodes { id title pinned hidden } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

export const POST = `query ($id: ID!) { post(id: $id) { id hidden body usefulCount thread { id } replyTo { id } } }`;

export const MEMBER_COUNTS = `query ($id: ID!) { member(id: $id) { id threadCount postCount } }`;

/** The error code of the first error, if any. */
export function codeOf(res: { errors?: Array<{ extensions?: { code?: string } }> }): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
