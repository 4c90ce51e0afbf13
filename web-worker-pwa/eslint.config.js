import globals from 'globals';
import tseslint from 'typescript-eslint';
import { appLayers, typescriptReact } from '@gmp/web-shared/eslint';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'node_modules', 'scripts'] },
  typescriptReact,
  ...appLayers(new URL('.', import.meta.url)),
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
