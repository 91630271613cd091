import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { mustBeAsked } from '../../dialogs/understanding/person/situationAsked';
import { ageAsked, tellsNationality } from '../../knowledge/beyondGuide';
import { CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe } from './transcript';

/**
 * A person's own case weighed against the guide's words (session 31): work the guide's words cover gets its yes in
 * them, work plainly outside them is said to be so, nationality and age are said to be outside the guide, and "must I
 * be a nurse?" gets the guide's plain no.
 */
interface Weighed {
  title: string;
  say: readonly string[];
  shown: readonly string[];
  never: readonly (string | RegExp)[];
}

const WEIGHED: readonly Weighed[] = [
  {
    title: 'a dialysis tech asks if six years count: yes, in the guide words, with their years and job',
    say: ["I've been a dialysis tech for 6 yrs, would my experience count?"],
    shown: [Messages.experienceOfJob('dialysis technician', '6 years', 'healthcare delivery')],
    never: ["doesn't say whether that counts"],
  },
  {
    title: 'a surgical tech in other words: the same yes',
    say: ['been a surgical tech 4 years, is that relevant experience?'],
    shown: [Messages.experienceOfJob('surgical technician', '4 years', 'healthcare delivery')],
    never: ["doesn't say whether that counts"],
  },
  {
    title: 'library work asked to count: said plainly to be outside health and social services',
    say: ['I work in a library, does that count?'],
    shown: [Messages.experienceNotSaid.outside('library work')],
    never: [/^Yes/m],
  },
  {
    title: 'years driving a bus: outside the experience the guide describes, never a yes',
    say: ['I drive a bus for 12 years, would that count as experience?'],
    shown: [Messages.experienceNotSaid.outside('driving')],
    never: [/^Yes/m],
  },
  {
    title: 'helping refugees with paperwork: the guide names paperwork and social service organizations, with no false yes',
    say: ['I help refugees with their paperwork, is that relevant experience?'],
    shown: [Messages.experienceNotSaid.helpingThroughServices(true)],
    never: [/^Yes/m],
  },
  {
    title: 'a pharmacist asks if knowing medications counts: the guide names medications among the skills',
    say: ["I'm a community pharmacist", "Pharmacists know medications very well. Doesn't that count for something in this role?"],
    shown: [Messages.experienceNotSaid.pharmacy],
    never: [/^Yes/m],
  },
  {
    title: 'gerontology asked as a related field: named among the courses a relevant degree includes',
    say: ['Is gerontology a related field?'],
    shown: ["doesn't name gerontology as a degree of its own", 'among the courses a relevant degree typically includes'],
    never: [/^Yes/m, "doesn't say whether gerontology counts"],
  },
  {
    title: 'a nationality weighed: the guide does not speak of it, then what anyone needs',
    say: ["I'm Ukrainian, is that a problem?"],
    shown: [Messages.beyond.nationality, "a bachelor's degree in nursing, social work"],
    never: ['soft skills'],
  },
  {
    title: 'citizenship asked: the same plain note',
    say: ['do I need to be a US citizen to be a care manager?'],
    shown: [Messages.beyond.nationality],
    never: [],
  },
  {
    title: 'a nationality told beside a nursing diploma asked if valid: never a bare yes, degrees from other countries not spoken of',
    say: ["I'm Ukrainian. Is my nursing diploma valid?"],
    shown: ["doesn't speak of degrees from other countries"],
    never: [/^Yes/m],
  },
  {
    title: 'an age asked beside the time: both, the age said plainly in the person\'s words',
    say: ['am I too old at 58? and how long would it take'],
    shown: ['6 to 8 years', Messages.partAge('am I too old at 58?')],
    never: ["doesn't cover the other part"],
  },
  {
    title: '"so yes or no, do i need to be a nurse": the guide\'s plain no, then what is needed',
    say: ['so yes or no, do i need to be a nurse'],
    shown: [Messages.direct.mustBe('nurse'), 'background in healthcare or social work'],
    never: [],
  },
  {
    title: 'their pay above the entry level, asked if they would earn more: where the later levels reach it',
    say: ["I'm on $78k now, would I earn more?"],
    shown: ['takes in $78,000', 'senior range, $80,000–$100,000, is above it'],
    never: [],
  },
];

describe('a person\'s own case, read', () => {
  it('"must I be a nurse" in other words', () => {
    expect(mustBeAsked('do you have to be an RN to do this?')).to.equal('registered nurse');
    expect(mustBeAsked('do i need to be a social worker first')).to.equal('social worker');
    expect(mustBeAsked('do i need a nursing degree')).to.equal(null);
  });

  it('a nationality told of oneself, not a job ending the same way', () => {
    expect(tellsNationality("I'm Ukrainian")).to.equal(true);
    expect(tellsNationality('im from nigeria')).to.equal(true);
    expect(tellsNationality("I'm a librarian")).to.equal(false);
    expect(tellsNationality("I'm a technician")).to.equal(false);
    // "from" a background, a field or a kind of work is no country (the lead's second read of session 31).
    expect(tellsNationality('I am from a nursing background')).to.equal(false);
    expect(tellsNationality("I'm from the healthcare side")).to.equal(false);
    expect(tellsNationality('im from nursing')).to.equal(false);
  });

  it('a young age told beside a doubt is context; an older one, or "too old", is an age asked', () => {
    expect(ageAsked('29 years old. Is care manager possible for me?')).to.equal(false);
    expect(ageAsked("I'm 52, can I still start?")).to.equal(true);
    expect(ageAsked('am I too old at 28?')).to.equal(true);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a person's own case weighed against the guide's words (${channelName})`, () => {
    for (const weighed of WEIGHED) {
      it(weighed.title, async () => {
        const chat = startGuided({ channelId });
        let replies: readonly Partial<Activity>[] = [];
        for (const said of weighed.say) replies = await chat.say(said);
        expectShown(replies, ...weighed.shown);
        for (const never of weighed.never) expect(shownText(replies)).not.to.match(typeof never === 'string' ? new RegExp(never.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : never);
        if (channelId === Channels.Msteams) replies.forEach((reply, at) => expectTeamsSafe(reply, `${weighed.title} #${at}`));
      });
    }
  });
}
