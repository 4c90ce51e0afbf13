// The layer rule both apps lint with (bulletproof-react): a feature never imports another feature nor the app
// layer (only src/app composes features), leaves its folder through `@/…` imports, and the shared layers (lib,
// components, config, types) know nothing of features or the app. Built from the folders present, so a new
// feature is covered at once.
import { readdirSync } from 'node:fs';

/** @param {URL} appRoot the app's folder (`new URL('.', import.meta.url)` in its eslint.config.js) */
export function appLayers(appRoot) {
  const features = readdirSync(new URL('src/features', appRoot), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const featureBoundaries = features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^@/features/(?!${feature}/)`,
              message: 'Features must not import each other: compose them in src/app, or move shared code to src/lib or src/components.',
            },
            { regex: '^@/app(/|$)', message: 'Features must not import the app layer.' },
            { regex: '^\\.\\./\\.\\./(?!\\.)', message: 'Use @/… imports to leave a feature.' },
          ],
        },
      ],
    },
  }));
  const sharedLayers = {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/config/**/*.ts', 'src/types/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@/(features|app)(/|$)', message: 'Shared code must not depend on features or the app.' }] },
      ],
    },
  };
  return [sharedLayers, ...featureBoundaries];
}
