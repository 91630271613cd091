import { expect } from 'chai';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { withoutPeopleDealtWith } from '../../dialogs/understanding/person/peopleDealtWith';
import { CHAT_CHANNELS, readable, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * What the person told, not misread (left by session 36's branches): being done with a part of one's work is no
 * goodbye; the people one deals with are not one's job.
 */
const kb = knowledge();
const BYE = readable(Messages.chat.bye);
const FOSTER_MOTHER =
  "Hi! I'm a foster mom to three kids (4, 9 and 15). Between caseworkers, therapists, IEP meetings and pediatricians, I basically coordinate care as a second job already. People keep telling me I should do it for a living. Could I?";

describe('the people one deals with are not one\'s job (reader)', () => {
  it('says a list of the people dealt with as "them", and leaves jobs of one\'s own', () => {
    expect(readAboutYou(FOSTER_MOTHER, kb).job).to.equal(undefined);
    expect(readAboutYou('I work alongside therapists and counselors, mostly in schools.', kb).job).to.equal(undefined);
    expect(readAboutYou('juggling nurses, doctors and social workers for my dad. it is a lot', kb).job).to.equal(undefined);
    expect(readAboutYou("I work with nurses, doctors and social workers, and I'm a social worker.", kb).job?.id).to.equal('social-worker');
    expect(readAboutYou("I'm a nurse with 10 years, BSN, looking to move", kb).job?.id).to.equal('nurse');
    for (const own of ["I'm a social worker, 10 years", 'Registered nurse with 5 years in ICU, BSN.', 'social worker with teens, 10 years', 'RBT here, 3 yrs doing ABA with autistic kids, BA in psych. thoughts?', 'aide with older adults, CNA and a BA in sociology']) expect(withoutPeopleDealtWith(own), own).to.equal(own);
  });
});

for (const [label, channelId] of CHAT_CHANNELS) {
  describe(`what was told, not misread (${label})`, () => {
    const said = saidIn(channelId);

    for (const told of ["CPS caseworker, BSW, 4 years in. I'm done with investigations.", "I'm done with night shifts.", 'im so done with retail', "I'm finished with bedside nursing."]) {
      it(`does not say goodbye to "${told}": done with a part of their work, not with the chat`, async () => {
        expect(await said(told)).not.to.include(BYE);
      });
    }

    for (const leaving of ['ok im done, bye', 'im done', "I'm done with it thanks", "I'm done with this, thanks"]) {
      it(`still says goodbye to "${leaving}"`, async () => {
        expect(await said(leaving)).to.include(BYE);
      });
    }

    it('asks the foster mother her years in health or social care, not as a counselor (ut36c, left by session 36)', async () => {
      const reply = await said(FOSTER_MOTHER, 'ok, can you make me a plan?', "I have a bachelor's in communications");
      expect(reply).to.include(readable(GuidedMessages.roadmap.experienceQuestion));
      expect(reply).not.to.include('counselor');
    });

    it('still asks a social worker who works with nurses and doctors her years as a social worker', async () => {
      const reply = await said("I work with nurses, doctors and social workers, and I'm a social worker.", 'make me a plan');
      expect(reply).to.include(readable(GuidedMessages.roadmap.experienceAs('social worker')));
    });
  });
}
