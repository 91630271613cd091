import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe } from './transcript';

/**
 * Whose background it is (session 30, from the testers' finding that a relative's job was taken as the person's and
 * kept through their correction): a job said of someone else is never the writer's, and a job they say is not theirs
 * is taken out of what the bot knows.
 */
interface Told {
  title: string;
  /** What the person says, one message at a time; the last reply is checked. */
  say: readonly string[];
  shown: readonly string[];
  never: readonly (string | RegExp)[];
}

const TOLD: readonly Told[] = [
  {
    title: "an aunt's job told beside their own study: the study counted, the aunt's job never said back as theirs",
    say: ["my auntie in Dallas is a case manager and she says I should look into it. I'm a 300 level nursing student, how long would it take me?"],
    shown: ['student nurse', 'year 3'],
    never: ['care coordinator'],
  },
  {
    title: 'a job said back, then denied: taken out, and the roadmap does not ask after it',
    say: ["I'm a care coordinator", 'sorry I typed that wrong, I am not a care coordinator, my sister is. I work in a supermarket', 'my roadmap'],
    shown: ['What education do you have so far?'],
    never: ['care coordinator'],
  },
  {
    title: 'the denial itself is said back as taken out',
    say: ["I'm a care coordinator", 'no wait, I am not a care coordinator, that is my sister'],
    shown: [Messages.notTheirJob('care coordinator')],
    never: [],
  },
  {
    title: 'caring for a family member asked of, in general words: the guide does not speak of it, never a yes',
    say: ['does looking after a family member count as experience for this job?'],
    shown: [Messages.experienceCounts['family-care']],
    never: [/^Yes/m],
  },
  {
    title: 'caring for a parent told in few words ("take care my dad"): family care, never a yes',
    say: ['i take care my dad at home 3 year. that count as experience?'],
    shown: [Messages.experienceCounts['family-care']],
    never: [/^Yes/m],
  },
  {
    title: 'a field set against the degrees the guide names ("or do I need a BSN/MSW?"): not said to count, never a yes',
    say: ['Speech therapist, 6 years. Is speech therapy a related field, or would I have to get an MSW?'],
    shown: ["doesn't say whether speech therapy counts"],
    never: [/^Yes/m, 'names social work among'],
  },
  {
    title: 'a degree held, and a nursing degree asked of as one to get: the held one weighed, never a yes for nursing',
    say: ["My first degree is a BSc in Economics. Must I do a whole new bachelor's in nursing, or is my MBA enough?"],
    // The MBA asked of ("or is my MBA enough?") is the degree weighed since session 31 read MBA as business administration.
    shown: ["doesn't say whether business administration counts", "doesn't say whether you would need to study again"],
    never: [/^Yes/m, 'names nursing among'],
  },
  {
    title: 'a degree in gerontology weighed: no list of related fields, and gerontology named among what a degree teaches',
    say: ["I'm majoring in gerontology, not nursing or social work. is that ok for this career?"],
    shown: ["doesn't name gerontology as a degree of its own", 'it does name gerontology among the courses a relevant degree typically includes'],
    never: [/^Yes/m],
  },
  {
    title: 'years leading a team outside care, asked to count "in care management": the career named is no care work, never a yes',
    say: ["I've run a team in a bank's phone support for 9 years and the customers in hardship are the part I like. does my experience count for anything in care management?"],
    shown: ["doesn't say whether managing people outside health or social services counts"],
    never: [/^Yes/m],
  },
  {
    title: 'four years of college turned down, another way in asked: the way without the degree, not the 6 to 8 years again',
    say: ['how long does it take', "8 years?! i'm 50. not doing 4 years of uni at my age, there must be another route in"],
    shown: [Messages.takenAsWayWithoutDegree, "A degree in healthcare or social work isn't strictly required"],
    never: ['It usually takes 6 to 8 years'],
  },
  {
    title: 'a degree out of reach beside a question on pay: the pay asked, never the way without the degree',
    say: ['i cant afford uni, what does a care manager earn at the start?'],
    shown: ['$40,000'],
    never: [Messages.takenAsWayWithoutDegree],
  },
];

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a background that is the person's own (${channelName})`, () => {
    for (const told of TOLD) {
      it(told.title, async () => {
        const chat = startGuided({ channelId });
        let replies: readonly Partial<Activity>[] = [];
        for (const said of told.say) replies = await chat.say(said);
        expectShown(replies, ...told.shown);
        for (const never of told.never) expect(shownText(replies)).not.to.match(typeof never === 'string' ? new RegExp(never.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : never);
        if (channelId === Channels.Msteams) replies.forEach((reply, at) => expectTeamsSafe(reply, `${told.title} #${at}`));
      });
    }
  });
}
