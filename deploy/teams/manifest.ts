import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, TeamsManifestV1D22 } from '@microsoft/app-manifest';
import { TeamsPackageError, type ManifestValues } from './teamsEnv';

export type TeamsManifest = TeamsManifestV1D22.TeamsManifestV1D22;

export const MANIFEST_TEMPLATE_PATH = path.join(__dirname, 'manifest.template.json');
export const MANIFEST_SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json';

/** Limits from Teams' documentation that the JSON schema does not enforce (it allows 128-character titles). */
export const COMMAND_LIMITS = Object.freeze({ commandsPerScope: 10, titleLength: 32, descriptionLength: 128 });

const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** Replaces every `${{NAME}}` in the template's strings; an unknown name is an error, not an empty string. */
export function fillTemplate(template: unknown, values: ManifestValues): unknown {
  const known: Record<string, string> = { ...values };
  const unknownNames = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole: string, name: string) => {
        const value = known[name];
        if (value === undefined) unknownNames.add(name);
        return value ?? whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  const filled = fill(template);
  if (unknownNames.size > 0) {
    throw new TeamsPackageError([...unknownNames].map((name) => `${path.relative(process.cwd(), MANIFEST_TEMPLATE_PATH)}: placeholder \${{${name}}} has no value; add it to ManifestValues in deploy/teams/teamsEnv.ts or remove it from the template`));
  }
  return filled;
}

/** Reads the template and fills it; the result is typed by the v1.22 converter, which rejects wrongly typed fields. */
export function buildManifest(values: ManifestValues, templatePath: string = MANIFEST_TEMPLATE_PATH): TeamsManifest {
  let template: unknown;
  try {
    template = JSON.parse(readFileSync(templatePath, 'utf8'));
  } catch (error) {
    throw new TeamsPackageError([`${templatePath}: not readable JSON (${error instanceof Error ? error.message : String(error)}); fix the file`]);
  }
  const json = JSON.stringify(fillTemplate(template, values));
  try {
    return TeamsManifestV1D22.Convert.toTeamsManifestV1D22(json);
  } catch (error) {
    throw new TeamsPackageError([`${templatePath}: does not have the shape of a v1.22 manifest (${error instanceof Error ? error.message : String(error)}); fix the template`]);
  }
}

/** Where @microsoft/app-manifest keeps its copy of the v1.22 schema; validation reads it from disk, not the network. */
export function bundledSchemaPath(): string {
  const packageMain = require.resolve('@microsoft/app-manifest');
  return path.join(path.dirname(packageMain), 'json-schemas', 'teams', 'v1.22', 'MicrosoftTeams.schema.json');
}

/**
 * Validates against the official v1.22 JSON schema and Teams' documented command limits.
 * Returns the problems found; an empty list means valid.
 */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  if (manifest.$schema !== MANIFEST_SCHEMA_URL) {
    return [`$schema: expected ${MANIFEST_SCHEMA_URL} (got ${JSON.stringify(manifest.$schema)})`];
  }
  // Without the bundled file the library would fetch the schema over the network; fail plainly instead.
  if (!existsSync(bundledSchemaPath())) {
    return [`the v1.22 schema is missing from @microsoft/app-manifest (${bundledSchemaPath()}); reinstall with npm ci`];
  }
  const problems = (await AppManifestUtils.validateAgainstSchema(manifest)).map((error) => `schema: ${error.trim()}`);
  for (const list of manifest.bots?.[0]?.commandLists ?? []) {
    const where = `bots[0].commandLists (${list.scopes.join(', ')})`;
    if (list.commands.length > COMMAND_LIMITS.commandsPerScope) {
      problems.push(`${where}: ${list.commands.length} commands; Teams shows at most ${COMMAND_LIMITS.commandsPerScope} per scope`);
    }
    for (const command of list.commands) {
      if (command.title.length > COMMAND_LIMITS.titleLength) problems.push(`${where}: title "${command.title}" is longer than ${COMMAND_LIMITS.titleLength} characters`);
      if (command.description.length > COMMAND_LIMITS.descriptionLength) problems.push(`${where}: description of "${command.title}" is longer than ${COMMAND_LIMITS.descriptionLength} characters`);
    }
  }
  const scopesSeen = (manifest.bots?.[0]?.commandLists ?? []).flatMap((list) => list.scopes);
  const repeated = scopesSeen.filter((scope, index) => scopesSeen.indexOf(scope) !== index);
  if (repeated.length > 0) problems.push(`bots[0].commandLists: scope(s) ${[...new Set(repeated)].join(', ')} appear in more than one list; use one list per scope`);
  return problems;
}
