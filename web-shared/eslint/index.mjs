export { appLayers } from './layers.mjs';
export { typescriptReact } from './typescript.mjs';
