import { MemoryStorage, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, savedProfile, shownText, startGuided, stepShown } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const chooser = GuidedMessages.specialisation;
const area = (id: string) => kb.specialisations.find((spec) => spec.id === id)!;

/** The lines of the copyable checklist in a reply. */
function ticked(replies: readonly Partial<Activity>[]): number[] {
  const block = /```\n([\s\S]*?)\n```/.exec(shownText(replies));
  const lines = block ? block[1]!.split('\n') : [];
  return lines.filter((line) => line.startsWith('[x]')).map((line) => Number(/\] (\d+)\./.exec(line)![1]));
}

/**
 * The flows reading a person's own words (tester ut28a, session 29's brief; the sentences are our own): two areas
 * weighed with no flow running; one area set against the chooser's suggestion; the roadmap's "work in one area" said in
 * the person's words; the first step done only when said; a step asked for with a second thought in the walk. The real
 * bot, in Web Chat and Teams.
 */
describe('flows reading what the person weighs and says', () => {
  for (const [channelName, channelId] of CHAT_CHANNELS) {
    describe(channelName, () => {
      it('sets two areas weighed with no flow running side by side and asks what would tip it', async () => {
        for (const said of ["honestly i'm torn between geri and peds", "still can't decide between older people and working with kids, any advice?"]) {
          const chat = startGuided({ channelId });
          const replies = await chat.say(said);
          expectShown(replies, chooser.weighing(area('geriatric').name, area('pediatric').name), chooser.whatTipsIt);
        }
      });

      it('reads two areas weighed in texted words, and offers no second side by side after the first', async () => {
        const chat = startGuided({ channelId });
        let replies = await chat.say('ok so now im torn between the kids and the old ppl, can u help me pick');
        expectShown(replies, chooser.weighing(area('pediatric').name, area('geriatric').name));
        replies = await chat.say('sticking by the whole family through it all');
        expect(shownText(replies)).to.include('My suggestion:').and.not.include(chooser.afterQuestion('').slice(-40));
      });

      it('compares two areas named at the suggestion, and keeps the one settled on after giving a comparison up', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('people with long term conditions');
        await chat.say('keeping them on track with their meds');
        let replies = await chat.say("my cousin loves mental health work though. how's the psychiatric one compared to chronic disease?");
        expectShown(replies, chooser.comparePick);
        expect(shownText(replies)).to.include(area('psychiatric').name);
        replies = await chat.say("forget comparing with geriatric, i'll stick with the chronic disease one");
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('chronic-disease');
      });

      it('reads finding one\'s way through the services as what draws someone to navigating treatment', async () => {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('not sure yet');
        const replies = await chat.say('helping folks find their way round the system, it is a maze out there');
        expect(shownText(replies)).to.include(`My suggestion: ${area('psychiatric').name}`);
      });

      it('leaves a question asked beside the two areas to the guide', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say("i'm torn between geri and peds, which one pays more?");
        expect(shownText(replies)).to.not.include(chooser.whatTipsIt);
      });

      it('sets an area the person turns to against the suggestion in view, and keeps the one then picked', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('kids');
        let replies = await chat.say('working with their schools');
        expect(shownText(replies)).to.include(`My suggestion: ${area('pediatric').name}`);
        replies = await chat.say("with my dad's copd i wonder if chronic illness would suit me better? how do they differ");
        expectShown(replies, chooser.comparePick);
        expect(shownText(replies)).to.include(area('pediatric').name).and.include(area('chronic-disease').name);
        await chat.say(area('chronic-disease').title);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('chronic-disease');
      });

      it('takes an area said at the aim question as the aim to work in it, kept as the area', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.roadmap);
        await chat.say("I'm a social worker with 5 years in a hospital");
        const replies = await chat.say('work in the dementia area');
        expectShown(replies, GuidedMessages.roadmap.heading, area('geriatric').name);
        expect(shownText(replies)).to.not.include(GuidedMessages.roadmap.aimQuestion);
        const profile = await savedProfile(storage, channelId, 'user-1');
        expect(profile?.specialisation).to.equal('geriatric');
        expect(profile?.roadmap?.['aim']).to.equal('specialise');
        // Five years in a hospital and a social work degree say nothing of knowing the role: step 1 is not ticked.
        expect(ticked(replies)).to.not.include(1);
        expect(profile?.completedSteps).to.not.include(1);
      });

      it('ticks understanding the role once the person has gone through it in the walk', async () => {
        const chat = startGuided({ channelId });
        await chat.say('career steps');
        await chat.say('next');
        await chat.say('stop');
        await chat.say(FlowPhrases.roadmap);
        await chat.say("I'm a nurse with a BSN, 3 years on a ward");
        const replies = await chat.say('become a care manager');
        expect(ticked(replies)).to.include(1);
      });

      it('moves the walk to a step asked for with a second thought, and leaves a question about going back to a job alone', async () => {
        const chat = startGuided({ channelId });
        await chat.say('step 2');
        expect(stepShown(await chat.say('oh wait, could I skip ahead to the bit about getting certified?'))).to.equal(5);
        expect(stepShown(await chat.say('hmm can we go back to the education step'))).to.equal(2);
        expect(stepShown(await chat.say('can i go back to my old job after?'))).to.equal(null);
        // What the person tells beside the step asked for is why they skip.
        expect(stepShown(await chat.say("i'm a qualified nurse with years on the wards, can we jump to step 6?"))).to.equal(6);
      });
    });
  }
});
