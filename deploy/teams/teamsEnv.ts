import { z } from 'zod';
import packageJson from '../../package.json';

/** Defaults for the Teams package in one frozen place; the environment overrides them. */
export const TEAMS_DEFAULTS = Object.freeze({
  /** The Teams app's own id. Stable so that re-uploading updates the app instead of adding a second one. */
  appId: '038d81b0-b50e-4d8c-bfcc-98c162cc7c4f',
  /** Brand colour: manifest accentColor and the colour icon's background. */
  accentColor: '#0E7C7B',
  packageFileName: 'care-manager-bot.zip',
});

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// A host name only: Teams' validDomains takes no scheme, port or path.
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;

/** An https:// page people can open: Teams shows these links in the app's details and refuses http. */
function publicPage(what: string, example: string) {
  return z.preprocess(
    emptyToUndefined,
    z
      .string({ required_error: `missing. It is ${what}, an https:// address such as ${example}` })
      .trim()
      .url(`must be a full https:// address such as ${example}`)
      .refine((url) => url.startsWith('https://'), `must start with https:// (Teams refuses other links), e.g. ${example}`)
      .refine((url) => !/\/\/(www\.)?example\.(com|org|net)\b/i.test(url), `must be your own page, not an example.com placeholder`),
  );
}

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const WHERE = 'Set it in the environment or in .env (see deploy/README.md, "Build the Teams package").';

/** The variables `npm run teams:package` reads, with what to do when one is wrong. */
export const TeamsEnvSchema = z.object({
  MicrosoftAppId: z.preprocess(
    emptyToUndefined,
    z
      .string({ required_error: `missing. It is the bot's Microsoft App ID: the app registration's client ID (SingleTenant) or the managed identity's client ID (UserAssignedMSI)` })
      .trim()
      .regex(GUID, `must be a GUID such as 00000000-0000-0000-0000-000000000000: the bot's Microsoft App ID from the app registration or managed identity`),
  ),
  BOT_DOMAIN: z.preprocess(
    emptyToUndefined,
    z
      .string({ required_error: `missing. It is the host name the bot is served from, e.g. care-manager-bot.azurewebsites.net (the Bicep deployment's webAppHostName output)` })
      .trim()
      .regex(HOST_NAME, `must be a host name such as care-manager-bot.azurewebsites.net, without https://, a port or a path`),
  ),
  TEAMS_APP_ID: z.preprocess(emptyToUndefined, z.string().trim().regex(GUID, `must be a GUID when set; leave it empty to use the project's fixed Teams app id`).optional()),
  TEAMS_WEBSITE_URL: publicPage("your organisation's or the bot's home page (the manifest's developer.websiteUrl)", 'https://www.contoso.org/careers'),
  TEAMS_PRIVACY_URL: publicPage("the privacy statement (developer.privacyUrl); the bot serves one at https://<BOT_DOMAIN>/privacy", 'https://care-manager-bot.azurewebsites.net/privacy'),
  TEAMS_TERMS_URL: publicPage('the terms of use (developer.termsOfUseUrl)', 'https://www.contoso.org/terms'),
  TEAMS_APP_VERSION: z.preprocess(emptyToUndefined, z.string().trim().regex(SEMVER, `must look like 1.2.3; raise it each time you upload a changed package to Teams`).optional()),
});

/** The values that fill manifest.template.json, named after its `${{...}}` placeholders. */
export interface ManifestValues {
  MicrosoftAppId: string;
  BOT_DOMAIN: string;
  TEAMS_APP_ID: string;
  TEAMS_APP_VERSION: string;
  ACCENT_COLOR: string;
  TEAMS_WEBSITE_URL: string;
  TEAMS_PRIVACY_URL: string;
  TEAMS_TERMS_URL: string;
}

export class TeamsPackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The Teams package was not built: ${problems.length} problem(s) to fix:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

/** Reads and checks the environment; throws TeamsPackageError naming every bad variable. */
export function loadTeamsEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): ManifestValues {
  const parsed = TeamsEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new TeamsPackageError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '(environment)');
        const got = env[name];
        const shown = got === undefined || got.trim() === '' ? '' : ` (got ${JSON.stringify(got)})`;
        return `${name}: ${issue.message}${shown}. ${WHERE}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    MicrosoftAppId: e.MicrosoftAppId,
    BOT_DOMAIN: e.BOT_DOMAIN.toLowerCase(),
    TEAMS_APP_ID: e.TEAMS_APP_ID ?? TEAMS_DEFAULTS.appId,
    TEAMS_APP_VERSION: e.TEAMS_APP_VERSION ?? packageJson.version,
    ACCENT_COLOR: TEAMS_DEFAULTS.accentColor,
    TEAMS_WEBSITE_URL: e.TEAMS_WEBSITE_URL,
    TEAMS_PRIVACY_URL: e.TEAMS_PRIVACY_URL,
    TEAMS_TERMS_URL: e.TEAMS_TERMS_URL,
  };
}
