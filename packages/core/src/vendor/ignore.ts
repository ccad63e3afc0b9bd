// `ignore` (.govlintignore matching) behind one module: in dist/ a bundle (scripts/bundle.mjs), so that
// Node neither resolves nor lexes its CommonJS for named exports at start.
export { default, type Ignore } from 'ignore';
