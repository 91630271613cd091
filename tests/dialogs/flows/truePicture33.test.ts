import { expect } from 'chai';
import { GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../../dialogs/rendering/core/messages';
import { jobById, readAboutYou, type AboutYou } from '../../../dialogs/understanding/person/aboutYou';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, shownText, startGuided } from '../guidedHarness';
import { knowledge, type Conversation } from '../transcript';

const kb = knowledge();
const m = GuidedMessages.roadmap;
const title = (id: string): string => jobById(id)!.title;
/** The plan's starting point line, where what the person is and has is said back. */
const startLine = (shown: string): string => shown.split('\n').find((line) => line.includes(m.startingPoint('').slice(0, -1))) ?? '';
/** The plan's verdict for someone with a relevant degree and enough years: it must follow only from what was said. */
const AIM_NOW = RoadmapWords.time.degreeEnoughExperience('4 years').replace(/^.*?: /, '').split(',')[0]!;

/**
 * Nothing false said about the person (session 33, profile33; tester ut33a): chat's "rn" (right now) is no nurse,
 * a nurse met or spoken to is not the writer's job, nor a word the roadmap is said to show; years of parenting, of
 * "those first months" or of fire service are no years in health or social services; "I'm not a nurse!" takes the
 * nurse out of the saved roadmap as well as out of what is known. The real bot, flows, engine and knowledge base, in
 * Web Chat and Teams.
 */

function read(text: string): Omit<AboutYou, 'job'> & { job?: string } {
  const { job, ...rest } = readAboutYou(text, kb);
  return { ...rest, ...(job ? { job: job.id } : {}) };
}

describe('nothing false said about the person: the reader (understanding/person/aboutYou)', () => {
  it('reads chat\'s lower-case "rn" at the end of what is said as "right now", and a nurse who says so as a nurse', () => {
    for (const said of ['nice. whats the pay starting out? i make like 16/hr rn lmao', "i'm broke rn and need a better job", 'im working at starbucks rn tho', 'i work at walmart rn but want out']) {
      expect(read(said).job, said).to.equal(undefined);
      expect(read(said).education, said).to.equal(undefined);
    }
    expect(read("I'm an RN").job).to.equal('nurse');
    expect(read('im an rn, 6 years in the icu')).to.deep.equal({ job: 'nurse', working: true, years: 6 });
    expect(read("I've been a nurse 6 years")).to.deep.equal({ job: 'nurse', working: true, years: 6 });
    expect(read('10 years as a social worker')).to.deep.equal({ job: 'social-worker', working: true, education: 'relevant-degree', years: 10 });
    expect(read('rn for 12 years, BSN').job).to.equal('nurse');
  });

  it('takes no job of someone met, spoken to or dealt with ("figure out the school nurse", "talk to the nurse case managers")', () => {
    for (const said of [
      'Those first months were the hardest of my life, nobody helped us figure out the school nurse, the insurance fights over pump supplies, the endo appointments, any of it.',
      'thats not what I asked. anyway thanks, I think I need to talk to the nurse case managers at work',
      'I work with nurse case managers on almost every file',
      'I asked our social worker and she had no idea',
      'I need to speak to the case manager at my dad\'s hospital',
    ]) {
      expect(read(said), said).to.deep.equal({});
    }
    // Their own job is still theirs.
    expect(read("I'm a nurse and I work with the care coordinator every day").job).to.equal('nurse');
    expect(read('I am the care coordinator at a clinic').job).to.equal('care-coordinator');
  });

  it('takes no job from a word the roadmap is said to show ("ugh it still says nurse")', () => {
    for (const said of ['ugh it still says nurse. whatever, thanks for the help', 'why does my roadmap say nurse', 'you think im a nurse lol']) expect(read(said).job, said).to.equal(undefined);
    expect(read('my roadmap says nurse but I\'m a medical assistant').job).to.equal('medical-assistant');
  });

  it('counts no years of caring for one\'s own child, of "those first months", of fire service or of claims work', () => {
    expect(read("I've basically been my son's care manager for 5 years lol")).to.deep.equal({});
    expect(read("I've been my mom's nurse for 3 years")).to.deep.equal({});
    expect(read('Those first months were hard, I run a support group for parents now')).to.deep.equal({});
    expect(read("I'm a retired fire captain, 63, 30 years on the job.")).to.deep.equal({ job: 'fire' });
    expect(read('I was a firefighter for 30 years and ran home visits for older people').years).to.equal(undefined);
    expect(read("I'm a workers' comp claims adjuster for an insurance carrier, 8 years.")).to.deep.equal({ job: 'insurance' });
    // Years in the field still count.
    expect(read("I'm a paramedic, 8 years")).to.deep.equal({ job: 'paramedic', working: true, years: 8 });
  });

  it('reads a degree beside "I\'m not a nurse" as a degree in another field, and school looked back on as no school now', () => {
    expect(read("I'm not a nurse (BA in business)")).to.deep.equal({ notJob: 'nurse', education: 'other-degree' });
    expect(read("I'm not a social worker, I have a BA in history").education).to.equal('other-degree');
    expect(read('I have a BSN but I am not working as a nurse').education).to.equal('relevant-degree');
    expect(read('counselor sounds cool. thats what i liked in school').education).to.equal(undefined);
    expect(read('I loved biology back in high school, I have a BA in English').education).to.equal('other-degree');
    expect(read("I'm still in high school").education).to.equal('school');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`nothing false said about the person (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('never calls the barista who makes "like 16/hr rn" a nurse', async () => {
      const c = start();
      await c.say('im a barista but i have a psych degree (BA). can i do this job??');
      await c.say('nice. whats the pay starting out? i make like 16/hr rn lmao');
      let replies = await c.say('ok and how long would it take me, since i already have a bachelors?');
      expectChannelSafe(channelId, replies, 'how long');
      expect(shownText(replies)).not.to.include('nurse,').and.not.to.include(RoadmapWords.education['relevant-degree']);
      replies = await c.say('can you make me a plan');
      expect(shownText(replies)).not.to.include(m.experienceAs(title('nurse')));
    });

    it('plans for the mother of a diabetic son with no nurse from "the school nurse" and no years from parenting', async () => {
      const c = start();
      await c.say(
        "Hi. My son was diagnosed with type 1 diabetes when he was 6, he's 11 now. Those first months were the hardest of my life, nobody helped us figure out the school nurse, the insurance fights over pump supplies, the endo appointments, any of it. I run a small support group for T1D parents now and I keep thinking I want to do this as a real job, helping families like mine. Is that what a care manager does?",
      );
      await c.say('ok this is exciting. my degree is a BA in communications from like 2005. would I have to go back to school??');
      await c.say("does running the parent support group count as experience? I've basically been my son's care manager for 5 years lol");
      let replies = await c.say('ok. can you help me make a plan?');
      expectChannelSafe(channelId, replies, 'plan asked');
      expectShown(replies, m.experienceQuestion);
      await c.say('Not yet');
      replies = await c.say('2');
      const line = startLine(shownText(replies));
      expect(line).to.include(RoadmapWords.education['other-degree']).and.to.include(RoadmapWords.years(0));
      expect(line).not.to.include(title('nurse'));
    });

    it('takes "wait, I\'m not a nurse!" right after the roadmap out of the roadmap, with the nurse\'s degree and years', async () => {
      const c = start();
      await c.say("I'm a nurse with a BSN, 5 years");
      await c.say('my roadmap');
      let replies = await c.say('1');
      expect(shownText(replies)).to.include(AIM_NOW);
      replies = await c.say("wait, I'm not a nurse!");
      expectChannelSafe(channelId, replies, 'corrected');
      expectShown(replies, m.corrected);
      const shown = shownText(replies);
      expect(startLine(shown)).not.to.include(title('nurse')).and.not.to.include(RoadmapWords.education['relevant-degree']).and.not.to.include(RoadmapWords.years(5));
      expect(shown).not.to.include(AIM_NOW).and.not.to.include('[x] 3.');
      expect(startLine(shownText(await c.say('my roadmap')))).not.to.include(title('nurse'));
    });

    it('takes "I\'m not a nurse" said later out of the saved roadmap too, so "my roadmap" no longer says it', async () => {
      const c = start();
      await c.say("I'm a nurse with a BSN, 5 years");
      await c.say('my roadmap');
      await c.say('1');
      await c.say('what does a care manager earn?');
      let replies = await c.say("by the way I'm not a nurse");
      expectShown(replies, Messages.notTheirJob(title('nurse')));
      replies = await c.say('my roadmap');
      expectChannelSafe(channelId, replies, 'roadmap again');
      const shown = shownText(replies);
      expect(startLine(shown)).not.to.include(title('nurse')).and.not.to.include(RoadmapWords.years(5));
      expect(shown).not.to.include(AIM_NOW);
    });

    it('notes no care coordinator from a goodbye that speaks of "the nurse case managers at work"', async () => {
      const c = start();
      await c.say("I'm a workers' comp claims adjuster for an insurance carrier, 8 years. I work with nurse case managers on almost every file. I'm not a nurse (BA in business). Could I become a case manager on the insurance side?");
      const replies = await c.say('thats not what I asked. anyway thanks, I think I need to talk to the nurse case managers at work');
      expectChannelSafe(channelId, replies, 'goodbye');
      expect(shownText(replies)).not.to.include(title('care-coordinator')).and.not.to.include('noted: nurse');
    });

    it('asks a retired fire captain his years in health, his 30 years in the fire service not counted', async () => {
      const c = start();
      await c.say('Good morning. Retired fire captain here, 63, 30 years on the job. In my last years I ran our senior fall-prevention home visits. Is care management an option at my age?');
      const replies = await c.say('Can you lay out a plan for me? A roadmap.');
      expectChannelSafe(channelId, replies, 'plan asked');
      expect(shownText(replies)).not.to.include(RoadmapWords.years(30));
    });
  });
}
