/**
 * Writes knowledge/content/english.txt, the everyday English words and the proper names of a dictionary, from Debian's
 * word lists (`apt-get install wamerican wbritish`: SCOWL size 50, /usr/share/dict). The engine reads it to tell a name
 * the guide never mentions ("does humana hire", "is garda vetting needed") from an everyday word it never uses ("is it
 * boring"). Run it again only to change the lists:
 *
 *   npx tsx scripts/english-words.ts          # write the file
 *   npx tsx scripts/english-words.ts --check  # exit 1 if it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES, DEFAULT_CONTENT_DIR } from '../knowledge/loadKnowledge';

const SOURCES = ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];

const HEADER = [
  '# Everyday English words (lower case) and proper names (a capital first), one a line, from the SCOWL size 50 American',
  "# and British lists (Debian's wamerican and wbritish). Written by scripts/english-words.ts: do not edit by hand. The",
  '# engine reads a word the guide never uses and no typo makes of its words as a name when it is in neither list and',
  '# no typo of an everyday word, or only among the names ("does humana hire care managers", "is kaiser hiring").',
  '#',
  '# SCOWL (Spell Checker Oriented Word Lists), http://wordlist.aspell.net/, the notice it asks to be kept with copies:',
  '# Copyright 2000-2011 by Kevin Atkinson',
  '# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created',
  '# from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above',
  '# copyright notice appears in all copies and that both that copyright notice and this permission notice appear in',
  '# supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for any',
  '# purpose. It is provided "as is" without express or implied warranty.',
];

function main(args: string[]): number {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const source of SOURCES) {
    let text: string;
    try {
      text = readFileSync(source, 'utf8');
    } catch (error) {
      process.stderr.write(`Cannot read ${source} (${(error as Error).message}); install Debian's wamerican and wbritish first.\n`);
      return 2;
    }
    for (const line of text.split('\n')) {
      // Possessives and words with accents or hyphens are left out: the engine reads plain ASCII words of 3 letters or
      // more.
      if (!/^[A-Za-z]{3,}$/.test(line)) continue;
      if (line === line.toLowerCase()) words.add(line);
      else names.add(line.toLowerCase());
    }
  }
  const lines = [...words, ...[...names].filter((name) => !words.has(name)).map((name) => name[0]!.toUpperCase() + name.slice(1))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  const file = join(DEFAULT_CONTENT_DIR, CONTENT_FILES.english);
  const written = `${HEADER.join('\n')}\n${lines.join('\n')}\n`;
  if (args.includes('--check')) {
    const same = readFileSync(file, 'utf8') === written;
    process.stdout.write(same ? `${file} is up to date.\n` : `${file} is out of date: run npx tsx scripts/english-words.ts\n`);
    return same ? 0 : 1;
  }
  writeFileSync(file, written);
  process.stdout.write(`Wrote ${file}: ${words.size} words, ${lines.length - words.size} names.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
