/**
 * Regenerates knowledge/guide/guide-facts.json and run-fingerprints.txt from the source guide, which the project itself
 * never reads (tests use the two generated files). Run it after the guide changes:
 *
 *   npx tsx scripts/guide-facts.ts path/to/care-manager-guide.txt          # write the files
 *   npx tsx scripts/guide-facts.ts --check path/to/care-manager-guide.txt  # exit 1 if they are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractGuideFacts, GUIDE_FACTS_DIR, GUIDE_FACTS_FILE, RUN_FINGERPRINTS_FILE, RUN_WORDS } from '../knowledge/guide/guideFacts';

/** The bodies and credentials the guide names; lists of them may appear in answers as written. */
const PROPER_NAMES = [
  'Certified Case Manager (CCM)',
  'Commission for Case Manager Certification (CCMC)',
  'Care Manager Certified (CMC)',
  'National Academy of Certified Care Managers (NACCM)',
  'Case Management Society of America (CMSA)',
  'American Case Management Association (ACMA)',
  'Case Management Society of America',
  'Chief Care Officer',
  'Care Management Director',
  'Senior Care Manager',
  'Junior Care Manager',
  'Director of Care Management',
  'Vice President of Care Management',
];

function main(args: string[]): number {
  const check = args.includes('--check');
  const guidePath = args.find((arg) => !arg.startsWith('--'));
  if (!guidePath) {
    process.stderr.write('Usage: npx tsx scripts/guide-facts.ts [--check] <path to care-manager-guide.txt>\n');
    return 2;
  }
  let guide: string;
  try {
    guide = readFileSync(guidePath, 'utf8');
  } catch (error) {
    process.stderr.write(`Cannot read the guide at ${guidePath}: ${(error as Error).message}\n`);
    return 2;
  }
  const { facts, fingerprints } = extractGuideFacts(guide, PROPER_NAMES);
  const files: Array<[string, string]> = [
    [join(GUIDE_FACTS_DIR, GUIDE_FACTS_FILE), `${JSON.stringify(facts, null, 2)}\n`],
    [join(GUIDE_FACTS_DIR, RUN_FINGERPRINTS_FILE), `${fingerprints.join('\n')}\n`],
  ];
  if (check) {
    const stale = files.filter(([path, text]) => readFileOrEmpty(path) !== text).map(([path]) => path);
    if (stale.length > 0) {
      process.stderr.write(`Out of date with ${guidePath}: ${stale.join(', ')}. Run without --check to regenerate.\n`);
      return 1;
    }
    process.stdout.write('The guide facts are up to date.\n');
    return 0;
  }
  for (const [path, text] of files) writeFileSync(path, text);
  process.stdout.write(
    `Wrote ${facts.headings.length} headings, ${facts.salaries.length} salary ranges, ${facts.durations.length} durations, ` +
      `${facts.properNames.length} proper names and ${fingerprints.length} fingerprints of ${RUN_WORDS}-word runs.\n`,
  );
  return 0;
}

function readFileOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

process.exitCode = main(process.argv.slice(2));
