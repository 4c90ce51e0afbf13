import globals from 'globals';
import tseslint from 'typescript-eslint';
import { appLayers, typescriptReact } from '@gmp/web-shared/eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'target'] },
  typescriptReact,
  { files: ['**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  ...appLayers(new URL('.', import.meta.url)),
);
