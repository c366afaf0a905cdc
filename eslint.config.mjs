// `npm run lint`: the boundaries between the libs, and the rules of React hooks in the client.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Libs from the bottom up: each may import the ones before it, never the ones after. */
const LAYERS = ['core', 'mail', 'members', 'files', 'practices', 'forum', 'moderation', 'notifications', 'reuse', 'twinning-workspace'];
/** On top: search reads forum, practices and members; testing boots the whole application. */
const ON_TOP = ['search', 'testing'];
const LIBS = [...LAYERS, ...ON_TOP];

/** A lib's own modules are reached through `@app/<lib>` only, never a path into its folder. */
const deepImports = [
  { regex: '^@app/[a-z-]+/', message: 'Importa una lib solo da @app/<lib> (il suo src/index.ts), mai un suo file interno.' },
  {
    regex: `^(\\.\\./)+(libs/)?(${LIBS.join('|')})/src/`,
    message: 'Un percorso relativo non attraversa i confini di una lib: usa @app/<lib>.',
  },
  { regex: '^(\\.\\./)+libs/', message: 'Le app importano le lib da @app/<lib>, non per percorso.' },
];

/** The client imports no server code, except the shared types of the socket events. */
const clientImports = [
  deepImports[0],
  {
    regex: '^(\\.\\./)+(libs|apps/api)/(?!notifications/src/realtime/socket-events$)',
    message: 'Il client non importa il codice del server (solo i tipi condivisi degli eventi socket).',
  },
  { regex: '^(\\.\\./)+pages/', message: 'Un componente non importa una pagina.' },
];

function restrictedFor(lib) {
  const above = LAYERS.includes(lib) ? [...LAYERS.slice(LAYERS.indexOf(lib) + 1), ...ON_TOP] : ON_TOP.filter((l) => l !== lib);
  return [
    ...deepImports,
    ...(lib === 'testing' ? [] : above.map((upper) => ({ regex: `^@app/${upper}$`, message: `@app/${lib} sta sotto @app/${upper}: le dipendenze vanno in un solo verso.` }))),
    { regex: '^(\\.\\./)+apps/', message: 'Le lib non importano le app (libs/testing riceve il modulo dell’applicazione).' },
  ];
}

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'apps/web/src/gql/**', 'coverage/**', 'test-artifacts/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, globals: { ...globals.node } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-restricted-imports': ['error', { patterns: deepImports }],
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-unreachable': 'error',
    },
  },
  ...LIBS.map((lib) => ({
    files: [`libs/${lib}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictedFor(lib) }] },
  })),
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: clientImports }],
    },
  },
  {
    files: ['apps/web/src/pages/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...clientImports, { regex: '^\\./', message: 'Una pagina non importa un’altra pagina: le parti comuni stanno in components/ o lib/.' }] }] },
  },
  { files: ['**/*.mjs', '**/*.js'], ...js.configs.recommended, languageOptions: { globals: { ...globals.node } } },
  // Browser tests send functions to run in the page.
  { files: ['test/web/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
