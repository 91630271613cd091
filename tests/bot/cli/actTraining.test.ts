import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { actExamplesOf, fingerprintOf } from '../../../bot/cli/actTraining';
import { ACT_MODEL_FILE } from '../../../dialogs/understanding/core/actModel';
import { ClassifierFileSchema } from '../../../knowledge/classifier';
import { knowledge } from '../../dialogs/transcript';

/**
 * The committed conversation model is the fit of today's training material: a change to the labelled sets, their
 * roles, actExamples.yaml, knowledge/training, how a message is read into terms or the fit itself cannot land without
 * `npm run train-acts`. Compared by fingerprint (bot/cli/actTraining.ts), not by refitting, which takes half a minute.
 */
describe('the committed conversation model (actModel.json)', () => {
  it("is the fit of today's labelled messages, read as today's code reads them", async () => {
    const committed = ClassifierFileSchema.parse(JSON.parse(readFileSync(ACT_MODEL_FILE, 'utf8')));
    const examples = await actExamplesOf(knowledge());
    expect(committed.measured?.['fingerprint'], `${ACT_MODEL_FILE} was fitted on other messages, or by another fit: run npm run train-acts and commit it`).to.equal(fingerprintOf(examples));
  });
});
