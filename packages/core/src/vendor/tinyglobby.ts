// tinyglobby (folder walks and glob targets) behind one module: in dist/ a single-file bundle of it, fdir and
// picomatch (scripts/bundle.mjs), instead of an ES module and seven CommonJS ones to resolve at each run.
export { glob, type GlobOptions } from 'tinyglobby';
