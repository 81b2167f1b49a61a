import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

/** Imports run one way: app → components → lib. */
const layerRules = (forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((layer) => ({
        group: [`@/${layer}/*`, `../${layer}/*`, `../../${layer}/*`],
        message: `This layer must not import from ${layer}/ (app → components → lib).`,
      })),
    },
  ],
});

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
  { files: ['components/**/*.{ts,tsx}'], rules: layerRules(['app']) },
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
