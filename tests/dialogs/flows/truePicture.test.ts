import { expect } from 'chai';
import { GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../../dialogs/rendering/core/messages';
import { jobById, readAboutYou, type AboutYou } from '../../../dialogs/understanding/person/aboutYou';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, shownText, startGuided } from '../guidedHarness';
import { knowledge, type Conversation } from '../transcript';

const kb = knowledge();
const m = GuidedMessages.roadmap;
/** The plan's verdict for someone with a relevant degree and enough years: it must follow only from what was said. */
const AIM_NOW = RoadmapWords.time.degreeEnoughExperience('4 years').replace(/^.*?: /, '').split(',')[0]!;
const title = (id: string): string => jobById(id)!.title;
/** The plan's starting point line, where what the person is and has is said back. */
const startLine = (shown: string): string => shown.split('\n').find((line) => line.includes(m.startingPoint('').slice(0, -1))) ?? '';

/**
 * The roadmap and the profile take a true picture of the person (session 32, profile32; testers ut31a and ut31b): a job
 * named for someone else is not theirs, a qualifier changes the job (a vet nurse is no nurse), a diploma, training or an
 * associate degree is not a degree, years in a job outside health and social services are not years in the field, and
 * a correction replaces what was taken and says what the roadmap now has. The real bot, flows, engine and knowledge
 * base, in Web Chat and Teams.
 */

function read(text: string): Omit<AboutYou, 'job'> & { job?: string } {
  const { job, ...rest } = readAboutYou(text, kb);
  return { ...rest, ...(job ? { job: job.id } : {}) };
}

describe('a true picture of the person: the reader (understanding/person/aboutYou)', () => {
  it('takes no job named for someone else: a person after it, "who" or "that" after it, a friend who is one, one weighed', () => {
    for (const said of [
      'im a line cook. my kid has diabetes and the care coordinator lady helped us. what do i need to do to get there',
      'the nurse who visited my dad was amazing, how do I do what she does?',
      'a friend who is a case manager said I should try it',
      'the case manager guy at the hospital helped us a lot',
      'the care coordinator at my job says I should apply',
      'I work with a care coordinator every day',
      'Care coordinator sounds right. I make about 70 now.',
      'care coordinator sounds like a good first job for me',
    ]) {
      const job = read(said).job;
      expect(job === undefined || !['care-coordinator', 'nurse'].includes(job), said).to.equal(true);
    }
    // The person's own job is still theirs.
    expect(read("I'm a nurse who loves working with kids").job).to.equal('nurse');
    expect(read("I'm a care coordinator at a clinic").job).to.equal('care-coordinator');
    expect(read('I am the care coordinator at a clinic').job).to.equal('care-coordinator');
  });

  it('reads a qualifier as another job: a vet nurse, a nursery nurse or a nurse\'s aide holds no nursing degree', () => {
    expect(read("Hey! I'm a vet nurse in Cape Town, been doing it 4 years. I love the caring side")).to.deep.equal({ job: 'veterinary' });
    expect(read("I'm a veterinary nurse with 6 years experience")).to.deep.equal({ job: 'veterinary' });
    expect(read('I work as a vet tech, been 3 years').job).to.equal('veterinary');
    expect(read('nursery nurse for 10 years, no degree')).to.deep.equal({ job: 'childcare', education: 'none' });
    expect(read("I'm a nurse's aide, 5 years")).to.deep.equal({ job: 'nursing-assistant', working: true, years: 5 });
    // A nurse is still a nurse.
    expect(read("I'm a registered nurse, BSN, 8 years on a medical ward")).to.deep.equal({ job: 'nurse', working: true, education: 'relevant-degree', years: 8 });
  });

  it('reads a diploma, training or an associate degree as less than a degree, and a degree said as a degree', () => {
    expect(read("I've got a diploma in veterinary nursing").education).to.equal('diploma');
    expect(read('I have a diploma in nursing').education).to.equal('diploma');
    expect(read("I've got an associate's degree in psychology").education).to.equal('diploma');
    expect(read('I have an associate degree in criminal justice').education).to.equal('diploma');
    expect(read('I did my nurse training in the Philippines but never worked as a nurse')).to.deep.equal({ education: 'diploma', working: false, years: 0 });
    expect(read('I trained as a Krankenschwester (nurse) before flying but never worked as one').job).to.equal(undefined);
    // A degree, a school diploma and study to come are as before.
    expect(read('I have a nursing degree').education).to.equal('relevant-degree');
    expect(read('I have a bachelors in nursing and a diploma in counselling').education).to.equal('relevant-degree');
    expect(read('I have a high school diploma').education).to.equal('none');
    for (const said of ["I'm a sales associate at Target", 'my training starts next month', 'do I need a diploma?', 'I want to do the nurse training']) expect(read(said).education, said).to.equal(undefined);
  });

  it('counts no years of a job outside health and social services, nor years said not to be in it', () => {
    expect(read("I've been a licensed funeral director in Dayton, Ohio for 24 years.")).to.deep.equal({ job: 'funeral' });
    // Session 38 (profile38): the job is kept in their words, outside the field, with none of its years in it.
    expect(read("I've been a flight attendant in Frankfurt, Germany for 20 years")).to.deep.equal({ job: 'told:flight attendant' });
    expect(read('worked as a chef in London, mostly Italian places, for 12 years')).to.deep.equal({ job: 'cook' });
    expect(read('my 4 years are with ANIMALS. that\'s not health or social services')).to.deep.equal({ working: false, years: 0 });
    expect(read('my 6 years are in kennels, not with people')).to.deep.equal({ working: false, years: 0 });
    expect(read('none of my 10 years was in health care')).to.deep.equal({ working: false, years: 0 });
    expect(read('I have NO human health experience and no degree')).to.deep.equal({ working: false, years: 0, education: 'none' });
    expect(read("no real care experience, I'm a barista")).to.deep.equal({ working: false, years: 0, job: 'hospitality' });
    // Years in the field are still read.
    expect(read('HCA in a care home in Leeds, for 6 years')).to.deep.equal({ job: 'healthcare-assistant', working: true, years: 6 });
  });

  it('counts no years of work told beside the career named ("a friend said care manager might suit me")', () => {
    expect(read("Hi there. I'm 45 and I've been selling houses for almost 20 years. A friend said care manager might suit me.")).to.deep.equal({});
    expect(read("I've been driving trucks for 15 years and care management sounds good to me")).to.deep.equal({});
    expect(read("I've done bar work for 8 years, my cousin says case management would suit me")).to.deep.equal({});
  });

  it('reads a degree already held as held: "last year" is a time, "not studying" is no study, "my degree" is the social worker\'s', () => {
    const told = read('I qualified as a social worker in Nigeria (BSc Social Work) and worked for six years in a hospital. I moved to Manchester last year.');
    expect(told.education).to.equal('relevant-degree');
    expect(told.studyYear).to.equal(undefined);
    expect(readAboutYou('Sorry, that is not right. I am not studying, I already have my degree. I finished it in 2015.', kb, { jobHasDegree: true }).education).to.equal('relevant-degree');
    expect(readAboutYou('I have my degree in business', kb, { jobHasDegree: true }).education).to.equal('other-degree');
    expect(read("I'm in the last year of my nursing degree").studyYear).to.equal('final');
  });

  it('reads "I want to move up" with no senior role named as no aim, and leading said outright as leading', () => {
    expect(read('I work as a case aide at a housing nonprofit. I want to move up.').aim).to.equal(undefined);
    expect(read("I'm a carer and I want to move up").aim).to.equal(undefined);
    expect(read("I'm a nurse and want to move up into leadership").aim).to.equal('lead');
    expect(read("I'm a registered nurse with 10 years experience and want to move up to director one day").aim).to.equal('lead');
  });

  it('takes a correction of the job: the one denied out, the one told in', () => {
    expect(read('no im not a care coordinator lol im a cook')).to.deep.equal({ notJob: 'care-coordinator', job: 'cook' });
    expect(read("I'm not a nurse, I'm a vet nurse")).to.deep.equal({ notJob: 'nurse', job: 'veterinary' });
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a true picture of the person in the roadmap (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('never takes "the care coordinator lady" as the cook\'s job, and takes "no im not a care coordinator lol im a cook" as a cook, not as no degree', async () => {
      const c = start();
      let replies = await c.say(
        'im a line cook in chicago, 31. my kid has type 1 diabetes and dealing with all the doctors and school stuff made me realize i could do that job lol. the care coordinator lady. what do i need to do to get there',
      );
      expectChannelSafe(channelId, replies, 'opening');
      expect(shownText(replies)).not.to.include(m.experienceAs(title('care-coordinator')));
      expectShown(replies, m.educationQuestion);
      replies = await c.say('no im not a care coordinator lol im a cook');
      expectShown(replies, m.educationAgain(title('cook')));
      replies = await c.say('none, just high school');
      expectShown(replies, m.experienceBesides(title('cook')));
      await c.say('none');
      replies = await c.say('2');
      expectShown(replies, m.startingPoint(`${title('cook')}, ${RoadmapWords.education.none}, ${RoadmapWords.years(0)}`));
      expect(shownText(replies)).not.to.include(title('care-coordinator'));
    });

    it('puts a job right at the experience question and says what the roadmap now has ("no im not a care coordinator lol im a cook")', async () => {
      const c = start();
      await c.say("I'm a care coordinator");
      await c.say('my roadmap');
      let replies = await c.say('no degree');
      expectShown(replies, m.experienceAs(title('care-coordinator')));
      replies = await c.say('no im not a care coordinator lol im a cook');
      expectChannelSafe(channelId, replies, 'put right');
      expectShown(replies, m.jobPutRight(`${title('cook')}, ${RoadmapWords.education.none}`, m.experienceBesides(title('cook'))));
    });

    it('drops the nursing degree read from "I\'m a nurse" when the person says they are a vet nurse', async () => {
      const c = start();
      await c.say("I'm a nurse, I already have my degree");
      let replies = await c.say('my roadmap');
      expectShown(replies, m.experienceAs(title('nurse')));
      replies = await c.say('no im not a nurse, im a vet nurse');
      expectShown(replies, m.jobPutRight(title('veterinary'), m.experienceBesides(title('veterinary'))));
      await c.say('none');
      replies = await c.say('1');
      const shown = shownText(replies);
      expect(startLine(shown)).not.to.include(RoadmapWords.education['relevant-degree']);
      expect(shown).not.to.include(AIM_NOW);
    });

    it('builds a vet nurse\'s plan with no nursing degree, no years in health and no "aim for care manager roles now"', async () => {
      const c = start();
      await c.say("Hey! I'm a vet nurse in Cape Town, been doing it 4 years. I love the caring side but honestly I want to work with people now not dogs lol. I've got a diploma in veterinary nursing.");
      let replies = await c.say('so how do I actually get there from vet nursing? what would my plan be?');
      expectChannelSafe(channelId, replies, 'plan asked');
      expectShown(replies, m.experienceBesides(title('veterinary')));
      await c.say('Not yet');
      replies = await c.say('1');
      expectShown(replies, m.startingPoint(`${title('veterinary')}, ${RoadmapWords.education.diploma}, ${RoadmapWords.years(0)}`), RoadmapWords.notes.educationDiploma);
      const shown = shownText(replies);
      expect(startLine(shown)).not.to.include(RoadmapWords.education['relevant-degree']);
      expect(shown).not.to.include(AIM_NOW);
      expect(shown).to.include('[ ] 2.').and.to.include('[ ] 3.');
    });

    it('corrects the roadmap when the years are said to be with animals, not in health or social services', async () => {
      const c = start();
      await c.say("I'm a healthcare assistant, 4 years, no degree");
      await c.say('my roadmap');
      let replies = await c.say('1');
      expect(shownText(replies)).to.include('[x] 3.');
      replies = await c.say("ugh it still says gain experience is done. my 4 years are with ANIMALS. that's not health or social services");
      expectChannelSafe(channelId, replies, 'corrected');
      expectShown(replies, m.corrected, RoadmapWords.years(0));
      expect(shownText(replies)).not.to.include('[x] 3.');
    });

    it('corrects the roadmap when asked whether it is right, with the job and the field put right ("Is that roadmap really right for me?")', async () => {
      const c = start();
      await c.say("I'm a care worker with 5 years experience and I have a nursing degree");
      await c.say('my roadmap');
      expect(shownText(await c.say('1'))).to.include(AIM_NOW);
      const replies = await c.say("Hold on. I've never been a care worker, I'm a cook, and cooking isn't health or social services. Is that roadmap really right for me?");
      expectChannelSafe(channelId, replies, 'challenged');
      expectShown(replies, m.corrected, m.startingPoint(`${title('cook')}, ${RoadmapWords.education['relevant-degree']}, ${RoadmapWords.years(0)}`));
      expect(shownText(replies)).not.to.include(AIM_NOW);
    });

    it('plans from a funeral director\'s own words: no care coordinator, no years in health, no "aim for care manager roles now"', async () => {
      const c = start();
      await c.say(
        "Good afternoon. My name is Dale, I'm 50, and I've been a licensed funeral director in Dayton, Ohio for 24 years. Family business, my dad's before me. A friend who's a nurse says I'd make a good care manager. I have a bachelor's in mortuary science. Where would someone like me even start?",
      );
      await c.say('Care coordinator sounds right. What do those pay compared to funeral directing? I make about 70 now.');
      let replies = await c.say('Can you put together a plan for me?');
      expectShown(replies, m.experienceBesides(title('funeral')));
      await c.say('Not yet');
      replies = await c.say('1');
      expectShown(replies, m.startingPoint(`${title('funeral')}, ${RoadmapWords.education['other-degree']}, ${RoadmapWords.years(0)}`));
      const shown = shownText(replies);
      expect(shown).not.to.include(title('care-coordinator'));
      expect(shown).not.to.include(AIM_NOW);
    });

    it('keeps nursing training never worked as a diploma, never "a relevant degree", and never says training is work', async () => {
      const c = start();
      await c.say("Guten Tag! I'm Katrin, 44, flight attendant with Lufthansa for 20 years. I trained as a Krankenschwester (nurse) before flying but never worked as one. Is care management something I could do?");
      let replies = await c.say('And my German nursing training, would it count?');
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
      await c.say("OK let's make a plan for me");
      replies = await c.say('1');
      expectChannelSafe(channelId, replies, 'plan');
      expectShown(replies, m.startingPoint(`${RoadmapWords.education.diploma}, ${RoadmapWords.years(0)}`));
      expect(shownText(replies)).to.include('[ ] 2.');
    });

    it('never counts 20 years selling houses as years in health ("how long would it take me then")', async () => {
      const c = start();
      await c.say("Hi there. I'm 45 and I've been selling houses for almost 20 years, and honestly I'm tired of it. A friend said care manager might suit me. Is that realistic at my age?");
      await c.say('I do have a bachelors but its in business admin. does that count or do I need to go back to school?');
      const replies = await c.say('how long would it take me then');
      expectChannelSafe(channelId, replies, 'how long');
      expect(shownText(replies)).not.to.include(RoadmapWords.years(20));
    });

    it('keeps a qualified social worker\'s degree when she says she is not studying, and asks the aim of "I want to move up"', async () => {
      const c = start();
      await c.say('Good afternoon. I qualified as a social worker in Nigeria (BSc Social Work, University of Ibadan) and worked for six years in a hospital social work department in Lagos. I moved to Manchester last year with my family. Where do I start?');
      const replies = await c.say('Sorry, that is not right. I am not studying, I already have my degree. I finished it in 2015.');
      expect(shownText(replies)).not.to.include(RoadmapWords.education.studying).and.not.to.include(RoadmapWords.education['other-degree']);
      const aide = start();
      await aide.say('I work as a case aide at a housing nonprofit. I want to move up. What do I need?');
      await aide.say("I don't have a degree, just some college.");
      await aide.say('can you give me a plan');
      expectShown(await aide.say('2'), m.aimQuestion);
    });

    it('reads an associate degree as less than the bachelor\'s the guide speaks of, not as a degree that may count', async () => {
      const c = start();
      await c.say('I retired after 27 years as a police officer. I have an associate degree in criminal justice.');
      await c.say('Can you help me put together a plan?');
      await c.say('none');
      const replies = await c.say('1');
      expectShown(replies, RoadmapWords.education.diploma, RoadmapWords.notes.educationDiploma, RoadmapWords.time.diplomaUnknown.trim());
      expect(shownText(replies)).not.to.include(RoadmapWords.education['other-degree']);
    });
  });
}
