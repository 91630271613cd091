import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { checkIcons, createColorIcon, createOutlineIcon } from './icons';
import { buildManifest, validateManifest, type TeamsManifest } from './manifest';
import { loadTeamsEnv, TEAMS_DEFAULTS, TeamsPackageError } from './teamsEnv';

export const DEFAULT_OUTPUT_DIR = path.join(__dirname, 'build');

export interface TeamsPackage {
  manifest: TeamsManifest;
  /** The zip's bytes: manifest.json, color.png and outline.png at its root, nothing else. */
  zip: Buffer;
}

export interface BuiltTeamsPackage extends TeamsPackage {
  zipPath: string;
}

/** Fills, validates and zips the Teams app package in memory; throws TeamsPackageError listing every problem. */
export async function createTeamsPackage(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Promise<TeamsPackage> {
  const values = loadTeamsEnv(env);
  const manifest = buildManifest(values);
  const icons = { color: createColorIcon(values.ACCENT_COLOR), outline: createOutlineIcon() };
  const problems = [...(await validateManifest(manifest)).map((p) => `manifest.json ${p}`), ...checkIcons(icons)];
  if (problems.length > 0) throw new TeamsPackageError(problems);

  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte the same for the same inputs.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file(manifest.icons.color, icons.color, { date });
  zip.file(manifest.icons.outline, icons.outline, { date });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { manifest, zip: bytes };
}

/** Builds the package and writes it to `<outputDir>/care-manager-bot.zip`. */
export async function writeTeamsPackage(
  env: NodeJS.ProcessEnv | Record<string, string | undefined>,
  outputDir: string = DEFAULT_OUTPUT_DIR,
): Promise<BuiltTeamsPackage> {
  const built = await createTeamsPackage(env);
  await mkdir(outputDir, { recursive: true });
  const zipPath = path.join(outputDir, TEAMS_DEFAULTS.packageFileName);
  await writeFile(zipPath, built.zip);
  return { ...built, zipPath };
}
