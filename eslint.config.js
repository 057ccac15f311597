// @ts-check
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import { boundariesRule } from './eslint/boundaries-rule.js';

/** Feature folders of the server and the tab; each gets rules that keep the others' internals out. */
const featuresIn = (folder) =>
  readdirSync(new URL(folder, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const botFeatures = featuresIn('./bot/src/features/');
const tabFeatures = featuresIn('./tab/src/features/');

/** Packages and Node modules that are adapters, never domain: Teams, HTTP, Cosmos, cards, logging, files, processes. */
const NODE_IO = ['fs', 'fs/**', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'child_process', 'cluster', 'worker_threads'];
const ADAPTERS = {
  target: [
    ...['botbuilder', 'botbuilder*/**', 'botbuilder-*', 'botframework-*', 'botframework-*/**', 'restify', 'restify*/**', 'restify-*'],
    ...['@azure/**', '@vercel/**', '@microsoft/**', 'adaptivecards', 'adaptivecards*', 'adaptivecards*/**', 'pino', 'pino/**', 'pino-*'],
    ...NODE_IO,
    ...NODE_IO.map((name) => `node:${name}`),
  ],
  message: 'Domenet og kjernen er rene: bruk en port og la adapteren ligge i platform/ eller i featurens teams/, http/ eller storage/.',
};

/** Another feature's folder, except its public ports. */
const otherFeature = (root, self) => ({
  target: `${root}/*/**`,
  except: [`${root}/${self}/**`, `${root}/*/ports/**`],
  message: 'En feature importerer en annen bare gjennom den andres ports/.',
});

const TYPES_ONLY_FROM_SERVER = {
  target: ['bot/**', 'contract/**'],
  allowTypeImports: true,
  message: 'Fanen importerer bare typer fra serveren: bruk import type.',
};

/** Fluent's packages (the design tokens, plain data, are not among them). */
const FLUENT_PACKAGES = [
  '@fluentui/web-components',
  '@fluentui/web-components/**',
  '@microsoft/fast-element',
  '@microsoft/fast-element/**',
  '@microsoft/focusgroup-polyfill',
];
const FLUENT_MESSAGE = 'Fluent UI importeres bare i tab/src/platform/fluent/ (ikke fra tester eller rene moduler): bruk hjelperne der.';

/** Where each file may import from, matched on resolved paths (globs), also for `export … from` and `import()`. */
const ZONES = [
  {
    // The kernel is capability-free and pure: no adapters, no platform, no feature, no app.
    files: 'bot/src/kernel/**',
    disallow: [
      ADAPTERS,
      {
        target: ['bot/src/{platform,features,app}/**', '{tab,scripts,tests}/**'],
        message: 'Kjernen importerer ingen platform-, feature- eller app-kode.',
      },
    ],
  },
  // Each feature's domain is pure (checked first, so its message wins); a feature reaches other features
  // only through their ports, and never the app.
  ...botFeatures.flatMap((feature) => [
    {
      files: `bot/src/features/${feature}/domain/**`,
      disallow: [
        ADAPTERS,
        {
          target: ['bot/src/{platform,app}/**', `bot/src/features/${feature}/**`],
          except: `bot/src/features/${feature}/{domain,ports}/**`,
          message: 'Domenet importerer ingen adaptere, brukstilfeller eller plattformkode.',
        },
      ],
    },
    {
      files: `bot/src/features/${feature}/**`,
      disallow: [
        otherFeature('bot/src/features', feature),
        { target: 'bot/src/app/**', message: 'En feature importerer ikke app/ (komposisjonsroten).' },
      ],
    },
  ]),
  {
    // Platform code is capability-free: it never knows a feature. It may read config types from app/config.
    files: 'bot/src/platform/**',
    disallow: [
      {
        target: 'bot/src/features/**',
        message: 'Plattformkoden kjenner ingen feature: featurene gir den ruter, kortverb og renderere gjennom modulen sin.',
      },
      {
        target: 'bot/src/app/**',
        except: 'bot/src/app/config.js',
        message: 'Plattformkoden importerer ikke app/ (unntatt config-typene).',
      },
    ],
  },
  {
    // The API contract is shared by the server and the tab: pure zod, it knows neither side.
    files: 'contract/**',
    disallow: [
      ADAPTERS,
      { target: '{bot,tab,tests,scripts}/**', message: 'Kontrakten (contract/) er ren zod og importerer verken server- eller fanekode.' },
    ],
  },
  // The tab bundles for the browser: from the server it takes types only (the API contract).
  { files: 'tab/src/**', disallow: [TYPES_ONLY_FROM_SERVER] },
  { files: 'tab/src/platform/**', disallow: [{ target: 'tab/src/features/**', message: 'Fanens plattformkode kjenner ingen feature.' }] },
  ...tabFeatures.map((feature) => ({ files: `tab/src/features/${feature}/**`, disallow: [otherFeature('tab/src/features', feature)] })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.playground/**', 'devTools/**', 'tests/lint/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS by necessity: mocha loads reporters with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Fluent UI Web Components register custom elements and read `document` when loaded, so they live behind
    // tab/src/platform/fluent/ alone: the rest of the tab uses its helpers, and the tests (Node, no DOM) neither.
    files: ['tab/src/**/*.ts'],
    ignores: ['tab/src/platform/fluent/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: FLUENT_PACKAGES, message: FLUENT_MESSAGE }] }] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...FLUENT_PACKAGES, '**/tab/src/platform/fluent/**'], message: FLUENT_MESSAGE }] },
      ],
    },
  },
  {
    files: ['bot/src/**/*.ts', 'tab/src/**/*.ts', 'contract/**/*.ts'],
    plugins: { introteam: { rules: { boundaries: boundariesRule } } },
    rules: { 'introteam/boundaries': ['error', ZONES] },
  },
);
