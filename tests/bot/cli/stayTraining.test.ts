import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { examplesOf, fingerprintOf } from '../../../bot/cli/stayTraining';
import { STAY_MODEL_FILE, StayModelFileSchema } from '../../../dialogs/understanding/inView/stayInView';
import { knowledge, realEngine } from '../../dialogs/transcript';

/**
 * The committed choice between the message alone and the subject in view is the fit of today's data: a change to the
 * tuning sets, their roles, the engine, the follow-up rules or the features cannot land without `npm run train-stay`.
 * Compared by fingerprint (bot/cli/stayTraining.ts), not by refitting; reading the examples takes about a minute.
 */
describe('the committed stay-in-view model (stayModel.json)', function () {
  this.timeout(300_000);
  it("is the fit of today's examples, read as today's code and engine read them", () => {
    const committed = StayModelFileSchema.parse(JSON.parse(readFileSync(STAY_MODEL_FILE, 'utf8')));
    expect(committed.fingerprint, `${STAY_MODEL_FILE} was fitted on other data: run npm run train-stay -- --held-out, then npm run train-stay, and commit it`).to.equal(fingerprintOf(examplesOf(knowledge(), realEngine())));
  });
});
