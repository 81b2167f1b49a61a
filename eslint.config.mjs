import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

/** Imports run one way: app → components → lib. */
const layerPatterns = (forbidden) =>
  forbidden.map((layer) => ({
    group: [`@/${layer}/*`, `../${layer}/*`, `../../${layer}/*`],
    message: `This layer must not import from ${layer}/ (app → components → lib).`,
  }));
const layerRules = (forbidden, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [...layerPatterns(forbidden), ...extra] }],
});

/**
 * The search code that runs in the browser never imports build-time code: the index builder,
 * the content loader, Node modules or the SMTP facts file (its codes come with the index).
 */
const browserSearchPatterns = [
  {
    group: ['./build/*', '../build/*', '@/lib/search/build/*', 'node:*'],
    message: 'Build-time code must not reach the browser bundle.',
  },
  {
    group: ['../content/*', '!../content/sections', '../smtp/*', '!../smtp/statusText'],
    allowTypeImports: true,
    message: 'Only pure shared modules may be imported by browser search code.',
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    '.cache/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
  { files: ['lib/**/*.{ts,tsx}'], rules: layerRules(['app', 'components']) },
  {
    files: ['lib/search/**/*.ts'],
    ignores: ['lib/search/build/**', 'lib/search/fixtures/**', 'lib/search/**/*.test.ts'],
    rules: layerRules(['app', 'components'], browserSearchPatterns),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: layerRules(
      ['app'],
      [
        {
          group: ['@/lib/search/build/*'],
          message: 'The search index is built at build time only.',
        },
      ],
    ),
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
]);
