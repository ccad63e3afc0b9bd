// Public API of @govlint/core: re-exports only. Each area appends its own lines.
export type * from './read/document.js';
export type * from './model/types.js';
export type * from './report/diagnostic.js';
