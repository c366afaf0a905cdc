import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the contract's copy of the schema merged with the served one: the client
// compiles against the whole public API even where the server has not served every part yet, and
// against what the server adds to the contract (apps/api/schema.gql, printed from the server).
const config: CodegenConfig = {
  schema: ['test/contract/schema.graphql', 'apps/api/schema.gql'],
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
