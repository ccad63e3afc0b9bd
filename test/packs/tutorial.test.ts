// docs/write-a-pack.md with the monorepo's built CLI, in a folder outside the repository (the steps:
// tutorial-steps.ts; the same walk with the installed tarballs is in test/install/install.test.ts).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { govlintProcess, repo } from '../cli/helpers.js';
import { walkTutorial } from './tutorial-steps.js';

// Outside the repository, like a 政务公开办's own folder: nothing resolves through the workspace's node_modules.
const work = mkdtempSync(path.join(tmpdir(), 'govlint-tutorial-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

walkTutorial({
  name: 'monorepo build',
  work: () => work,
  run: (args, cwd) => govlintProcess(args, { cwd }),
  // What `npm install` would do: @govlint/core and the national pack in the pack's node_modules.
  installInto: (pack) => {
    for (const name of ['core', 'rules-national']) {
      mkdirSync(path.join(pack, 'node_modules/@govlint'), { recursive: true });
      symlinkSync(path.join(repo, 'packages', name), path.join(pack, 'node_modules/@govlint', name), 'dir');
    }
  },
});
