import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arbiterFingerprint } from '../../../bot/cli/arbiterFit';
import { ArbiterModelSchema } from '../../../knowledge/arbiter';
import { ClassifierFileSchema } from '../../../knowledge/classifier';
import { CONTENT_FILES, DEFAULT_CONTENT_DIR } from '../../../knowledge/loadKnowledge';
import { knowledge } from '../../dialogs/transcript';

/**
 * The committed arbiter and classifier are the fit of today's training material: a change to knowledge/training, the
 * labelled sets or their roles, the index, how a message is read, the engine alone or the fit itself cannot land
 * without `npm run train-arbiter`. Compared by fingerprint (bot/cli/arbiterFit.ts), not by refitting, which takes minutes.
 */
describe('the committed arbiter and classifier (arbiter.json, classifier.json)', () => {
  it("are the fit of today's labelled messages, read as today's engine reads them", () => {
    const arbiter = ArbiterModelSchema.parse(JSON.parse(readFileSync(join(DEFAULT_CONTENT_DIR, CONTENT_FILES.arbiter), 'utf8')));
    const classifier = ClassifierFileSchema.parse(JSON.parse(readFileSync(join(DEFAULT_CONTENT_DIR, CONTENT_FILES.classifier), 'utf8')));
    const expected = arbiterFingerprint(knowledge());
    const stale = `fitted on other messages, or by another fit: run npm run train-arbiter and commit arbiter.json and classifier.json`;
    expect(arbiter.measured?.['fingerprint'], `arbiter.json ${stale}`).to.equal(expected);
    expect(classifier.measured?.['fingerprint'], `classifier.json ${stale}`).to.equal(expected);
  });
});
