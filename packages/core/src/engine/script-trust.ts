// Where a pack script runs. Scripts of the packs shipped with govlint (@govlint/rules-national,
// @govlint/rules-provincial: our own code, tested with the engine) run in the calling thread: sending the model
// to the script worker costs about as much as all the declarative rules together. Scripts of any other pack
// run in the worker, where a synchronous infinite loop can be stopped (docs/trust.md).
// GOVLINT_SCRIPT_THREAD=main runs every script in the calling thread, =worker every script in the worker.
import { realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePackageFile } from './pack-loader.js';

export const BUNDLED_PACKAGES = ['@govlint/rules-national', '@govlint/rules-provincial'] as const;

let roots: string[] | undefined;

/** The folders of the packs shipped with govlint, as real paths ending in a separator. */
function bundledRoots(): string[] {
  if (!roots) {
    const from = dirname(fileURLToPath(import.meta.url));
    roots = BUNDLED_PACKAGES.flatMap((spec) => {
      const dir = resolvePackageFile(spec, 'package.json', from);
      return dir ? [realPath(dir) + sep] : [];
    });
  }
  return roots;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether the script module at `file` belongs to a pack shipped with govlint. */
export function isBundledScript(file: string): boolean {
  const real = realPath(file);
  return bundledRoots().some((root) => real.startsWith(root));
}

/** Whether a script at `file` runs in the calling thread (else in the script worker). */
export function runsInCallingThread(file: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env.GOVLINT_SCRIPT_THREAD;
  if (mode === 'main') return true;
  if (mode === 'worker') return false;
  return isBundledScript(file);
}

/** The module file of a `script` rule, as its compile step resolves it. */
export function scriptModuleFile(ruleFile: string, module: string): string {
  return resolve(dirname(ruleFile), module);
}
