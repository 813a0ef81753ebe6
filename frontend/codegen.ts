import type { CodegenConfig } from '@graphql-codegen/cli';

// Types are generated from the printed schema the server publishes, so the
// app cannot silently disagree with the API. `npm run build` runs this first.
const config: CodegenConfig = {
  schema: '../shared/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read the fields they asked for directly; masking adds
        // ceremony without protecting much in an app this size.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        enumType: 'string-literal',
        useTypeImports: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
