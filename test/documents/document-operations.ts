// The GraphQL operations on documents that several test files send.

/** Every field of a Document, its versions included. */
export const DOCUMENT_FIELDS = `id title kind licence fileName contentType sizeBytes sha256 url version createdAt updatedAt uploadedBy { id }
  versions { version fileName sizeBytes sha256 changeSummary uploadedBy { id } createdAt url }`;
export const ATTACH = `mutation ($input: AttachDocumentInput!) { attachDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;
export const REPLACE = `mutation ($input: ReplaceDocumentInput!) { replaceDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;
export const REMOVE = `mutation ($id: ID!) { removeDocument(documentId: $id) }`;
