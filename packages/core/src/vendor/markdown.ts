// The Markdown stack (unified, remark-parse, remark-gfm) behind one module. In dist/ the build replaces this file
// with a single-file bundle of the same exports (scripts/bundle.mjs): as ~130 separate ES modules it
// costs ~170 ms to load from a new process, as one file ~35 ms. Tests on src/ get the packages themselves.
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
export { default as remarkGfm } from 'remark-gfm';
