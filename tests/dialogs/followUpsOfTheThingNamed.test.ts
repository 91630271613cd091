import { expect } from 'chai';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { Messages } from '../../dialogs/rendering/core/messages';
import { WholeCaseMessages } from '../../dialogs/rendering/person/wholeCaseReplies';
import { writtenDownAsRecords } from '../../dialogs/understanding/core/writtenDown';
import { checkedInView } from '../../dialogs/understanding/inView/checkedInView';
import { pickedFromList } from '../../dialogs/understanding/inView/listInView';
import { notGivenInView } from '../../dialogs/understanding/inView/notGivenInView';
import { requirementCarried } from '../../dialogs/understanding/inView/requirementCarried';
import { notOfPeople } from '../../dialogs/understanding/person/aboutYou';
import { experienceAsked, fieldNamedByGuide } from '../../dialogs/understanding/person/experienceCounts';
import { ownLikeTheThing } from '../../dialogs/understanding/person/ownLikeTheThing';
import { areaCertificationAsked } from '../../dialogs/understanding/questions/areaCertificationAsked';
import { employersAsked } from '../../dialogs/understanding/questions/employersAsked';
import { whereLearnedAsked } from '../../dialogs/understanding/questions/whereLearnedAsked';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Follow-ups of a thing named (session 36, followupsAT: veterinary nurses, animal shelter staff and dog groomers). Animal
 * care and a veterinary nursing diploma are no "Yes" (the guide doesn't say); an item of the list in view asked of by
 * name ("the documentation part, what's that?", "what about care coordinator?") is that item; whether a thing the
 * answer in view names helps ("does networking help?") is its line; "and
 * certification?" after whether a license is needed asks whether certification is; writing things down is the
 * records; "where do they do that?" after the duties is where they work. What the guide never names is said plainly: how
 * long records are kept, a certification for an area, employers by name, whether one's own work is "the same thing".
 * Where to learn a subject a degree teaches is the courses of a degree.
 */

const kb = knowledge();
const engine = createAnswerEngine(kb);
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups of a thing named (session 36)', () => {
  describe('care of animals is not health or social services', () => {
    for (const said of ['veterinary nursing', 'vet nursing', 'animal nursing']) {
      it(`"${said}" is no field the guide names`, () => expect(fieldNamedByGuide(said)).to.equal(null));
    }
    it('"nursing" still is', () => expect(fieldNamedByGuide('nursing')).to.equal('usual'));
    for (const said of ['would animal care experience count?', 'does working at a vet clinic count as experience?', 'my pet care job, does it count?', 'does 8 yrs of animal care count as experience at all?']) {
      it(`"${said}" is not said to count`, () => expect(experienceAsked(said)).to.equal('not-said'));
    }
    for (const said of ['i worked in a hospital for 3 years, does that count?', 'does my time as a care assistant count as experience?']) {
      it(`"${said}" still counts`, () => expect(experienceAsked(said)).to.equal('care-work'));
    }
    it('"vet clinic" and "animal hospital" are not of people; "hospital" is', () => {
      expect(notOfPeople('a vet clinic')).to.equal(true);
      expect(notOfPeople('an animal hospital')).to.equal(true);
      expect(notOfPeople('a hospital')).to.equal(false);
    });
  });

  describe('an item of the list in view asked of by name', () => {
    for (const [id, said, item] of [
      ['responsibilities', "the documentation part, what's that?", 'documentation'],
      ['responsibilities', 'tell me about the documentation side', 'documentation'],
      ['responsibilities', 'and the documentation bit?', 'documentation'],
    ] as const) {
      it(`"${said}" after ${id} is ${item}`, () => expect(pickedFromList(said, entry(id), engine, kb)?.item.entry?.id).to.equal(item));
    }
    for (const said of ['what about care coordinator?', 'what about case managers?', 'and counselor?']) {
      it(`"${said}" after the first jobs is an item of that list`, () => expect(pickedFromList(said, entry('entry-level-jobs'), engine, kb)?.item.head).to.be.a('string'));
    }
    for (const said of ["what's the hard part of the job?", 'what about the pay?', 'what about nurse?']) {
      it(`"${said}" picks no item`, () => expect(pickedFromList(said, entry(said.includes('hard') ? 'responsibilities' : 'entry-level-jobs'), engine, kb)).to.equal(null));
    }
  });

  describe('whether a thing the answer in view names helps', () => {
    for (const [id, said, line] of [
      ['advancing', 'does networking help?', 'network at conferences'],
      ['advancing', 'is networking important?', 'network at conferences'],
      ['continuing-development', 'does reading journals help?', 'journals'],
    ] as const) {
      it(`"${said}" after ${id} is its line on "${line}"`, () => expect(checkedInView(said, entry(id), engine, kb)?.join(' ')).to.include(line));
    }
    for (const [id, said] of [
      ['work-environment', 'do they work weekends?'],
      ['work-environment', 'is it stressful?'],
      ['what-is-needed', 'do i need a license too?'],
      ['what-is-needed', 'do i need experience too?'],
      ['advancing', 'does a degree help?'],
      ['salary', 'does certification help?'],
      ['work-environment', "do they go to people's homes?"],
      ['advancing', 'what should i work on?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(checkedInView(said, entry(id), engine, kb)).to.equal(null));
    }
  });

  describe('whether another thing is required, asked by naming it', () => {
    it('"and certification?" after the license is whether certification is required', () => expect(requirementCarried('and certification?', entry('licensing'), kb)?.id).to.equal('certification-required'));
    it('"what about a license?" after whether certification is required is the license', () => expect(requirementCarried('what about a license?', entry('certification-required'), kb)?.id).to.equal('licensing'));
    it('"and being certified then?" after the license is whether certification is required', () => expect(requirementCarried('and being certified then?', entry('licensing'), kb)?.id).to.equal('certification-required'));
    it('"and a degree?" after the license is left to the other readers', () => expect(requirementCarried('and a degree?', entry('licensing'), kb)).to.equal(null));
    it('"and certification?" after the pay is left to the other readers', () => expect(requirementCarried('and certification?', entry('salary'), kb)).to.equal(null));
  });

  describe('what the guide never names', () => {
    for (const said of ['how many years do they keep them for?', 'how long are the records stored?', 'how long do they have to hold onto the files?', "what's the retention period?"]) {
      it(`"${said}" asks how long things are kept`, () => expect(notGivenInView(said, entry('documentation'))?.kind).to.equal('kept-for'));
    }
    for (const said of ['how long do i need to keep studying?', 'how long do they keep working with a client?', 'how long does it take?']) {
      it(`"${said}" does not`, () => expect(notGivenInView(said, entry('documentation'))).to.equal(null));
    }
    for (const [said, area] of [
      ['is there a pediatric certification?', 'pediatric'],
      ['which certification do I need to specialize in geriatric care?', 'geriatric'],
      ['what certificate do i need for mental health care management?', 'psychiatric'],
      ['is there a certification for specializing?', null],
    ] as const) {
      it(`"${said}" asks a certification for ${area ?? 'an area'}`, () => expect(areaCertificationAsked(kb, said)).to.deep.equal({ area }));
    }
    it('"which certificate would i need for that exactly?" after how to specialize', () => expect(areaCertificationAsked(kb, 'which certificate would i need for that exactly?', 'how-to-specialise')).to.deep.equal({ area: null }));
    it('"is there a cert for that?" after pediatric care is left to its line', () => expect(areaCertificationAsked(kb, 'is there a cert for that?', 'pediatric')).to.equal(null));
    it('"any certification for that area?" after the four areas', () => expect(areaCertificationAsked(kb, 'any certification for that area?', 'specialisations')).to.deep.equal({ area: null }));
    for (const said of ['which certifications should I get?', 'is the CCM good for pediatric?', 'do i need a certification to specialize?', 'which certificate would i need for that exactly?']) {
      it(`"${said}" with no area in view does not`, () => expect(areaCertificationAsked(kb, said, 'salary')).to.equal(null));
    }
    for (const said of ['which rehab centres take care managers?', 'which hospitals hire them?', 'what specific agencies are hiring care managers?', 'which care homes take on care managers near me?']) {
      it(`"${said}" asks employers by name`, () => expect(employersAsked(said)).to.equal(true));
    }
    for (const said of ['which hospitals are best to start in?', 'what companies hire care managers', 'which places do care managers work in?', 'what skills do hospitals want?']) {
      it(`"${said}" does not`, () => expect(employersAsked(said)).to.equal(false));
    }
    for (const said of ['i calm nervous dogs all day as a groomer, is that the same thing?', 'I run a busy salon, is that kind of the same?', 'my job is in sales. is that similar?']) {
      it(`"${said}" sets one's own beside the thing in view`, () => expect(ownLikeTheThing(said)).to.equal(true));
    }
    for (const said of ['is that the same thing?', 'is a case manager the same thing as a care manager?', 'i work in a hospital, does that count?', 'I have a BSN, is that enough?']) {
      it(`"${said}" does not`, () => expect(ownLikeTheThing(said)).to.equal(false));
    }
  });

  describe('words read in the words the guide uses', () => {
    for (const said of ['do they write it all down?', 'do they have to write everything down?', 'do you jot things down after?', 'do they log everything?']) {
      it(`"${said}" asks of keeping records`, () => expect(writtenDownAsRecords(said)).to.include('keep records of it'));
    }
    for (const said of ['can you write that down for me?', 'let me write that down', 'do they write reports?']) {
      it(`"${said}" is left as it is`, () => expect(writtenDownAsRecords(said)).to.equal(said));
    }
    for (const [said, subject] of [
      ['where would i learn the medical terminology?', 'medical terminology'],
      ['how do i learn about gerontology?', 'gerontology'],
      ['where can i study healthcare law?', 'health care law and ethics'],
    ] as const) {
      it(`"${said}" asks where ${subject} is learned`, () => expect(whereLearnedAsked(said)).to.equal(subject));
    }
    for (const said of ['what is medical terminology?', 'how important is medical terminology?', 'how do i learn the skills?']) {
      it(`"${said}" does not`, () => expect(whereLearnedAsked(said)).to.equal(null));
    }
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`through the bot (${name})`, () => {
      it('"would my veterinary nursing diploma work?" and "would animal care experience count?" are never "Yes"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('which degree is best for becoming a care manager?');
        const diploma = await chat.say('would my veterinary nursing diploma work?');
        expect(readable(shownText(diploma))).not.to.include('Yes');
        expectShown(diploma, "doesn't say whether veterinary nursing counts");
        expectChannelSafe(channelId, diploma, 'vet diploma');
        await chat.say('what do i need to become a care manager?');
        const animals = await chat.say('would animal care experience count?');
        expect(readable(shownText(animals))).not.to.include(Messages.experienceCounts['care-work']);
        expectShown(animals, "Animal care isn't work in health or");
        expectChannelSafe(channelId, animals, 'animal care');
      });

      it('"the documentation part, what\'s that?" after the responsibilities gets the records answer', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what are the main responsibilities of a care manager?');
        const replies = await chat.say("the documentation part, what's that?");
        expectShown(replies, answerOpening('documentation'));
        expect(readable(shownText(replies))).not.to.include(Messages.partGives('Responsibilities'));
        expectChannelSafe(channelId, replies, 'documentation part');
      });

      it('"what about care coordinator?" after the first jobs is that item of the list, not coordinating services', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what jobs can i start out in on the way to becoming a care manager?');
        const replies = await chat.say('what about care coordinator?');
        expectShown(replies, 'care coordinator or case manager');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('coordination')));
        expectChannelSafe(channelId, replies, 'care coordinator');
      });

      it('"how many years do they keep them for?" after the records says the guide doesn\'t say, and "do they write it all down?" after the assessment is the records', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what records does a care manager keep?');
        const kept = await chat.say('how many years do they keep them for?');
        expectShown(kept, Messages.notGivenInView['kept-for']('Records & reporting').replace(/:$/, ''));
        expect(readable(shownText(kept))).not.to.include('6 to 8 years');
        expectChannelSafe(channelId, kept, 'kept for');
        await chat.say('how do care managers assess their clients?');
        const written = await chat.say('do they write it all down?');
        expectShown(written, answerOpening('documentation'));
        expectChannelSafe(channelId, written, 'written down');
      });

      it('"does networking help?" after moving up gets the line of the answer in view, not finding a job', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how can i move up as a care manager?');
        const networking = await chat.say('does networking help?');
        expectShown(networking, Messages.partGives('Moving up'), 'network at conferences');
        expect(readable(shownText(networking))).not.to.include(readable(answerOpening('finding-a-job')));
        expectChannelSafe(channelId, networking, 'networking');
      });

      it('"where do they do that?" after the duties gets where they work', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what do care managers do day to day?');
        const where = await chat.say('where do they do that?');
        expectShown(where, answerOpening('where-they-work'));
        expect(readable(shownText(where))).not.to.include("doesn't answer that");
        expectChannelSafe(channelId, where, 'where');
      });

      it('"and certification?" after whether a license is needed says whether certification is required', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is a license required to practise as a care manager?');
        const replies = await chat.say('and certification?');
        expectShown(replies, answerOpening('certification-required'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('certifications')));
        expectChannelSafe(channelId, replies, 'and certification');
      });

      it('"which certificate would i need for that exactly?" after how to specialize, and "is there a pediatric certification?", say the guide names none for an area', async () => {
        const chat = startGuided({ channelId });
        await chat.say('tell me about psychiatric care management');
        await chat.say('how do i get into that?');
        const exactly = await chat.say('which certificate would i need for that exactly?');
        expectShown(exactly, WholeCaseMessages.noAreaCertification(null).replace(/:$/, ''));
        expect(readable(shownText(exactly))).not.to.include(readable(answerOpening('certifications')));
        expectChannelSafe(channelId, exactly, 'which certificate');
        const pediatric = await chat.say('is there a pediatric certification?');
        expectShown(pediatric, 'The guide names no certification for pediatric care management in particular');
        expectChannelSafe(channelId, pediatric, 'pediatric certification');
      });

      it('"which rehab centres take care managers?" says the guide names no employer, with where they work', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a psychiatric care manager do?');
        const replies = await chat.say('which rehab centres take care managers?');
        expectShown(replies, Messages.beyond.employersNotNamed, answerOpening('where-they-work'));
        expectChannelSafe(channelId, replies, 'rehab centres');
      });

      it('"where would i learn the medical terminology?" after the hard skills gets the courses of a degree', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what hard skills does a care manager need?');
        const replies = await chat.say('where would i learn the medical terminology?');
        expectShown(replies, Messages.direct.taughtInTheDegree('medical terminology'), answerOpening('courses'));
        expect(readable(shownText(replies))).not.to.include('it says nothing more on it');
        expectChannelSafe(channelId, replies, 'learn terminology');
      });

      it('"i calm nervous dogs all day as a groomer, is that the same thing?" after empathy says the guide doesn\'t say, not case management', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what soft skills matter for care managers?');
        await chat.say('why empathy?');
        const replies = await chat.say('i calm nervous dogs all day as a groomer, is that the same thing?');
        expectShown(replies, "The guide doesn't say whether what you do is the same thing, so I won't guess.");
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('case-management')));
        expectChannelSafe(channelId, replies, 'same thing');
      });
    });
  }
});
