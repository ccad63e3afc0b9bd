// picomatch (`overrides[].files` globs) behind one module: in dist/ a single-file bundle of its six CommonJS
// modules (scripts/bundle.mjs).
export { default } from 'picomatch';
