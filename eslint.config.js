// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.playground/**', 'devTools/**'] },
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
    // The domain stays pure: no Teams, HTTP, storage or DOM code in it.
    files: ['bot/src/kernel/**/*.ts', 'bot/src/features/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder*', 'restify*', '@azure/*', '@vercel/*', '@microsoft/*', 'adaptivecards*', 'pino'],
              message: 'Domenet skal være rent: bruk en port i bot/src/domain/ports.',
            },
            {
              group: [
                '../storage/*',
                '../teams/*',
                '../http/*',
                '../cards/*',
                '../../storage/*',
                '../../teams/*',
                '../../http/*',
                '../../cards/*',
              ],
              message: 'Domenet importerer ikke adaptere.',
            },
          ],
        },
      ],
    },
  },
);
