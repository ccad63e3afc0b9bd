// json-rules-engine behind one module: in dist/ the build replaces this file with a single-file bundle of the
// same exports (scripts/bundle.mjs), ~25 CommonJS modules and their resolution less at start.
export { Almanac, Engine } from 'json-rules-engine';
