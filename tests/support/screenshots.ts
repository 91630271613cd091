import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

/**
 * Where a browser test saves a screenshot. Normally the git-ignored tests/artifacts/, so a test run leaves the tree
 * clean; with UPDATE_SCREENSHOTS=1, the committed tests/artifacts/<group>/ that the README shows.
 */
export function screenshotPath(group: string, name: string): string {
  const committed = process.env.UPDATE_SCREENSHOTS === '1';
  const dir = committed ? join(ARTIFACTS, group) : ARTIFACTS;
  mkdirSync(dir, { recursive: true });
  return join(dir, committed ? name : `${group}-${name}`);
}
