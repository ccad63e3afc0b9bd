#!/usr/bin/env node
// Writes dist/engine/validators.precompiled.cjs from the compiled core (run after `tsc -b`, by the root
// `build`, `test` and `bench` scripts). See src/engine/schemas.ts for why.
import { writeFileSync } from 'node:fs';

const { precompiledSource } = await import('../dist/engine/precompile.js');
writeFileSync(new URL('../dist/engine/validators.precompiled.cjs', import.meta.url), precompiledSource());
