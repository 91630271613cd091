import { expect } from 'chai';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { skillSaidLacking } from '../../dialogs/understanding/person/skillLackTold';
import { plainVerdictAsked } from '../../dialogs/understanding/person/plainVerdictAsked';
import { mustBeAsked } from '../../dialogs/understanding/person/situationAsked';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, saidIn } from './guidedHarness';

/**
 * Session 40 (person40), tester ut40a P11 and P07: what the person told is kept right, and nothing is claimed of them
 * the guide or they do not support. An age is no years of work, a massage therapist is no counselor, an RN's degree is
 * not known unless told, and a skill they say they lack is never said to be theirs. Made-up phrasings beside the tester's.
 */
const kb = knowledge();

describe('told and kept right: readers (session 40)', () => {
  it('keeps a massage therapist as one, never a counselor, and an age as no years of work (ut40a P11-T1)', () => {
    for (const said of [
      'hi im a masage therapist 44 yrs old, licensed 12 yrs, alot of my clients are elderly w chronic pain and i kinda already coordinate with there PTs and chiros',
      "I'm a massage therapist, 10 years",
      'licensed massage therapist here, 52 yrs old',
    ]) {
      const about = readAboutYou(said, kb);
      expect(about.job?.id, said).to.equal('massage-therapist');
      expect(about.years, said).not.to.equal(44);
      expect(about.years, said).not.to.equal(52);
    }
    for (const said of ["I'm 39 yrs old, been a carer 5 yrs", 'a nurse, 47 yrs old, 20 years on wards']) expect(readAboutYou(said, kb).years, said).to.be.oneOf([5, 20]);
    // A therapist of a kind the readers do not know is no counselor; a family therapist still is.
    expect(readAboutYou("i'm a beauty therapist for 6 years", kb).job?.id).not.to.equal('counselor');
    expect(readAboutYou("I'm a family therapist, 8 years", kb).job?.id).to.equal('counselor');
  });

  it('reads no degree into an RN or a nurse unless told, and a degree a nurse tells unnamed as nursing', () => {
    for (const said of ["I'm a registered nurse, 9 years on a medical ward", 'im an RN, 6 yrs', 'Nurse for 20 years']) expect(readAboutYou(said, kb).education, said).to.equal(undefined);
    expect(readAboutYou('im an RN, 6 yrs, BSN', kb).education).to.equal('relevant-degree');
    expect(readAboutYou("I'm a nurse. I already have my degree", kb).education).to.equal('relevant-degree');
    expect(readAboutYou("I'm a nurse with an associate degree", kb).education).to.equal('diploma');
    expect(readAboutYou("I'm a social worker, 5 years", kb).education).to.equal('relevant-degree');
  });

  it('reads a skill the person says they lack (ut40a P07-T9), and none from a skill they have', () => {
    for (const [said, skill] of [
      ["What skills would I need to work on? I'm good clinically but not much leadership.", 'leadership'],
      ['I have no leadership experience, what should I learn?', 'leadership'],
      ['not much of a leader honestly', 'leadership'],
      ["communication isn't my strong point", 'communication'],
      ["i'm bad with computers tho", 'computer skills'],
    ] as const) expect(skillSaidLacking(said)?.skill, said).to.equal(skill);
    for (const said of ["I'm a great leader", 'I lead a team of 6', 'what leadership skills are needed']) expect(skillSaidLacking(said), said).to.equal(null);
  });

  it('reads an RN asked by name apart from a nurse (ut39c P08-T2)', () => {
    for (const said of ['do i need to be an RN first?', 'must you be a registered nurse?', 'do you have to be an rn for this']) expect(mustBeAsked(said), said).to.equal('registered nurse');
    expect(mustBeAsked('do i need to be a nurse?')).to.equal('nurse');
  });

  it('reads a plain yes or no asked (ut40a P11-T8)', () => {
    for (const said of ['can u just tell me yes or no, can i do this', 'give it to me straight, could I do it?', 'bottom line, can I?']) expect(plainVerdictAsked(said), said).to.equal(true);
    for (const said of ['can I do this?', 'what is the CCM?']) expect(plainVerdictAsked(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`told and kept right, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('notes a massage therapist as told, with no counselor and no 44 years (ut40a P11-T1)', async () => {
      for (const message of ['hi im a masage therapist 44 yrs old, licensed 12 yrs, alot of my clients are elderly w chronic pain and i kinda already coordinate with there PTs and chiros', "I'm a massage therapist, 50 years old"]) {
        const text = await said(message);
        expect(text, message).to.include('massage therapist').and.not.to.include('counselor').and.not.to.match(/\b(?:44|50) years in health/);
      }
    });

    it('answers "just tell me yes or no, can i do this" with a plain "Possibly" from her case, no false profile (ut40a P11-T8)', async () => {
      for (const message of ['can u just tell me yes or no, can i do this', 'give it to me straight, could I do this?']) {
        const text = await said("hi im a masage therapist 44 yrs old, licensed 12 yrs", message);
        expect(text, message).to.match(/^Possibly\b/).and.to.include('massage therapist').and.not.to.include('counselor');
      }
    });

    it('says an RN\'s degree only when told (ut39c P11-T1)', async () => {
      expect(await said('Good evening. I am a registered nurse from Nigeria, 9 years experience in a teaching hospital.')).to.include('nurse, about 9 years').and.not.to.include('a relevant degree');
      expect(await said("I'm an RN with a BSN, 6 years on a surgical ward")).to.include('a relevant degree');
    });

    it('says RN beside LPN is not addressed, with nursing a named degree, to "do i need to be an RN first?" (ut39c P08-T2)', async () => {
      for (const message of ['do i need to be an RN first?', 'do you have to be an rn for this?']) {
        const text = await said('hi im an LPN, 7 years in long term care and now doing some hospice', message);
        expect(text, message).to.include('never sets an RN beside an LPN').and.to.include('Nursing is one of the degrees it names').and.not.to.match(/^No\b/);
      }
    });

    it('names the skill they say they lack as the one to work on, never as theirs (ut40a P07-T9)', async () => {
      for (const [first, message, skill] of [
        ['RT, 31, BS respiratory care, RRT, 8 yrs ICU', "What skills would I need to work on? I'm good clinically but not much leadership.", 'leadership'],
        ["I'm a support worker, 4 years", "communication isn't my strong point. what should I work on?", 'communication'],
      ] as const) {
        const text = await said(first, message);
        expect(text, message).to.include(`You say ${skill} is where you're short`).and.not.to.match(/builds? [^.]*leadership/);
      }
    });
  });
}
