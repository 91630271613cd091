// Entry point of `npm run teams:package`: builds deploy/teams/build/care-manager-bot.zip for upload to Teams.
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { writeTeamsPackage } from './buildPackage';
import { TeamsPackageError } from './teamsEnv';

async function main(): Promise<number> {
  // .env is optional; variables already in the environment win over it.
  loadDotenv({ quiet: true });
  try {
    const built = await writeTeamsPackage(process.env);
    const bot = built.manifest.bots?.[0];
    process.stdout.write(
      [
        `Teams app package written: ${path.relative(process.cwd(), built.zipPath)}`,
        `  app id ${built.manifest.id}, version ${built.manifest.version}, bot ${bot?.botId ?? '(none)'}, domain ${(built.manifest.validDomains ?? []).join(', ')}`,
        '  Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app (see deploy/README.md).',
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof TeamsPackageError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(`The Teams package was not built: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
