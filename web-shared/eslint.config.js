import globals from 'globals';
import tseslint from 'typescript-eslint';
import { typescriptReact } from './eslint/index.mjs';

export default tseslint.config(
  // generated from docs/openapi.yaml: never edited, so never linted
  { ignores: ['node_modules', 'src/api/generated'] },
  typescriptReact,
  {
    files: ['**/*.test.{ts,tsx}', 'scripts/**', 'vitest.config.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
