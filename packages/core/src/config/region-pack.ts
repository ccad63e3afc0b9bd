// `settings.region` brings in the provincial pack of that region (rule-format.md): `regions.yaml` of
// @govlint/rules-provincial maps a region ("山东") to a pack folder; "山东/淄博" matches "山东".
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { regionIn } from '../engine/gate.js';
import { resolvePackageFile } from '../engine/pack-loader.js';
import type { PackSet } from '../engine/pack-set.js';
import { parseSource } from '../engine/yaml-source.js';
import { diskCache } from '../util/disk-caches.js';

export const REGIONAL_PACKAGE = '@govlint/rules-provincial';

const maps = diskCache<string, Record<string, string>>();

const packages = diskCache<string, string | undefined>();

/** The pack folder for `region`, or undefined when no regional package or no entry matches. */
export function regionPackDir(region: string, fromDir: string): string | undefined {
  return regionPackEntry(region, fromDir)?.dir;
}

/** The entry of regions.yaml that `region` selects: its key ("湖南/怀化") and pack folder. */
export function regionPackEntry(region: string, fromDir: string): { key: string; dir: string } | undefined {
  if (!packages.has(fromDir)) packages.set(fromDir, resolvePackageFile(REGIONAL_PACKAGE, 'regions.yaml', fromDir));
  const dir = packages.get(fromDir);
  if (!dir) return undefined;
  let map = maps.get(dir);
  if (!map) {
    const file = join(dir, 'regions.yaml');
    map = (parseSource(readFileSync(file, 'utf8'), file).data ?? {}) as Record<string, string>;
    maps.set(dir, map);
  }
  // The most specific entry wins ("山东/淄博" before "山东").
  const key = Object.keys(map)
    .filter((k) => regionIn(region, [k]))
    .sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : { key, dir: resolve(dir, map[key]) };
}

/**
 * True when a loaded pack already declares the region at least as precisely as `entry` (the regions.yaml key that
 * would be added): the user chose that regional pack, or a more local one, explicitly. A less precise one (the
 * 湖南 pack for region 湖南/怀化) does not stop the city pack, which extends it anyway.
 */
export function hasRegionPack(set: PackSet, region: string, entry: string = region): boolean {
  return set.packs.some((p) => (p.manifest.regions ?? []).some((r) => regionIn(region, [r]) && r.length >= entry.length));
}
