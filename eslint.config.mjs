import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'public/**', 'drizzle/**', '.data/**', 'test-results/**', 'playwright-report/**', '.ci-out/**', 'next-env.d.ts']),
  {
    // A leading underscore marks a deliberately unused binding.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The simulator is pure TypeScript: no UI frameworks, no Node APIs, nothing from outside lib/sim.
    // Tests beside the code run in Node and may read fixtures; the code they test may not.
    files: ['lib/sim/**'],
    ignores: ['lib/sim/**/*.test.ts'],
    rules: {
      // `module` is a Python module object here, not Node's CommonJS `module`; lib/sim is never a Next entry.
      '@next/next/no-assign-module-variable': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'fs', message: 'lib/sim must not use Node APIs.' },
            { name: 'path', message: 'lib/sim must not use Node APIs.' },
          ],
          patterns: [
            { regex: '^(react|react-dom|next)(/|$)', message: 'lib/sim must not depend on React or Next.' },
            { regex: '^node:', message: 'lib/sim must not use Node APIs.' },
            { regex: '^(fs|path)/', message: 'lib/sim must not use Node APIs.' },
            { regex: '^@/(?!lib/sim(/|$))', message: 'lib/sim imports nothing from outside lib/sim.' },
            {
              regex: '^(\\.\\./)+(lib/)?(?!sim(/|$))(app|components|content|scripts|tests|e2e|db|quiz|oracle|workers|content|lib)(/|$)',
              message: 'lib/sim imports nothing from other lib/ folders or the app.',
            },
          ],
        },
      ],
    },
  },
]);
