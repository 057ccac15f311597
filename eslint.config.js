// @ts-check
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/** Feature folders of the server and the tab; each gets a rule that keeps the others' internals out. */
const featuresIn = (folder) =>
  readdirSync(new URL(folder, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const botFeatures = featuresIn('./bot/src/features/');
const tabFeatures = featuresIn('./tab/src/features/');

/** Packages that are adapters, never domain: Teams, HTTP, Cosmos, cards, logging. */
const ADAPTER_PACKAGES = {
  group: [
    'botbuilder*',
    'botframework-*',
    'restify*',
    '@azure/*',
    '@vercel/*',
    '@microsoft/*',
    'adaptivecards*',
    'pino*',
    'node:http*',
    'node:fs*',
  ],
  message: 'Domenet og kjernen er rene: bruk en port og la adapteren ligge i platform/ eller i featurens teams/, http/ eller storage/.',
};

/** A relative import whose path goes through one of these folder names. */
const throughFolder = (names, message) => ({ regex: `(^|/)(${names.join('|')})/`, message });

/** Another feature's folder, except its public ports. */
const otherFeatures = (features, self) =>
  features.filter((name) => name !== self).length === 0
    ? []
    : [
        {
          regex: `(^|/)features/(${features.filter((name) => name !== self).join('|')})/(?!ports/)`,
          message: 'En feature importerer en annen bare gjennom den andres ports/.',
        },
        {
          regex: `^\\.\\./(\\.\\./)?(${features.filter((name) => name !== self).join('|')})/(?!ports/)`,
          message: 'En feature importerer en annen bare gjennom den andres ports/.',
        },
      ];

const restrict = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

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
    // The kernel is capability-free and pure: no adapters, no platform, no feature, no app.
    files: ['bot/src/kernel/**/*.ts'],
    rules: restrict([
      ADAPTER_PACKAGES,
      throughFolder(['platform', 'features', 'app'], 'Kjernen importerer ingen platform-, feature- eller app-kode.'),
    ]),
  },
  // Each feature: its domain is pure; it reaches other features only through their ports; never the app.
  ...botFeatures.flatMap((feature) => [
    {
      files: [`bot/src/features/${feature}/**/*.ts`],
      rules: restrict([
        ...otherFeatures(botFeatures, feature),
        throughFolder(['app'], 'En feature importerer ikke app/ (komposisjonsroten).'),
      ]),
    },
    {
      files: [`bot/src/features/${feature}/domain/**/*.ts`],
      rules: restrict([
        ADAPTER_PACKAGES,
        ...otherFeatures(botFeatures, feature),
        throughFolder(
          ['platform', 'app', 'http', 'teams', 'storage', 'cards', 'delivery', 'use-cases', 'logging'],
          'Domenet importerer ingen adaptere, brukstilfeller eller plattformkode.',
        ),
      ]),
    },
  ]),
  {
    // Platform code is capability-free: it never knows a feature. It may read config types from app/config.
    files: ['bot/src/platform/**/*.ts'],
    rules: restrict([
      throughFolder(
        ['features'],
        'Plattformkoden kjenner ingen feature: featurene gir den ruter, kortverb og renderere gjennom modulen sin.',
      ),
      { regex: '(^|/)app/(?!config\\.js$)', message: 'Plattformkoden importerer ikke app/ (unntatt config-typene).' },
    ]),
  },
  {
    // The API contract is shared by the server and the tab: pure zod, it knows neither side.
    files: ['contract/**/*.ts'],
    rules: restrict([
      ADAPTER_PACKAGES,
      { regex: '(^|/)(bot|tab|tests|scripts)/', message: 'Kontrakten (contract/) er ren zod og importerer verken server- eller fanekode.' },
    ]),
  },
  {
    // The tab bundles for the browser: from the server it takes types only (the API contract).
    files: ['tab/src/**/*.ts'],
    rules: restrict([
      {
        group: ['**/bot/src/**', '**/contract/**'],
        allowTypeImports: true,
        message: 'Fanen importerer bare typer fra serveren: bruk import type.',
      },
    ]),
  },
  {
    files: ['tab/src/platform/**/*.ts'],
    rules: restrict([
      {
        group: ['**/bot/src/**', '**/contract/**'],
        allowTypeImports: true,
        message: 'Fanen importerer bare typer fra serveren: bruk import type.',
      },
      throughFolder(['features'], 'Fanens plattformkode kjenner ingen feature.'),
    ]),
  },
  ...tabFeatures.map((feature) => ({
    files: [`tab/src/features/${feature}/**/*.ts`],
    rules: restrict([
      {
        group: ['**/bot/src/**', '**/contract/**'],
        allowTypeImports: true,
        message: 'Fanen importerer bare typer fra serveren: bruk import type.',
      },
      ...otherFeatures(tabFeatures, feature),
    ]),
  })),
);
