/**
 * The API's shapes, generated from docs/openapi.yaml (`npm run generate`): `User` is the type,
 * `zUser` the zod schema that checks a reply against the contract. Never retype a shape here.
 */
export type * from './generated/types.gen';
export * from './generated/zod.gen';
