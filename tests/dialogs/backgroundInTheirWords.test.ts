import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { experienceAsked, shortOfADegreeAsked } from '../../dialogs/understanding/person/experienceCounts';
import { tellsOfOthersCaring } from '../../dialogs/understanding/person/aboutYou';
import { questionBeforeStory } from '../../dialogs/understanding/core/clauses';
import { ownEnglishAsked } from '../../dialogs/understanding/person/ownEnglishAsked';
import { firstJobWeighed } from '../../dialogs/understanding/questions/firstJobAsked';
import { areaForThePeople } from '../../dialogs/understanding/questions/specialisationMatch';
import { CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge } from './transcript';

/**
 * The person's own background, weighed for what the guide says of it (session 29, from the testers' largest kind of
 * poor reply: a stock answer that ignores the person). Other people's care work in a story is not the writer's; a way
 * of gaining experience the message never names is not its answer.
 */
describe('care work told of others, not the writer', () => {
  it('carers or nurses who came in, or the one who sorted the care, tell of others', () => {
    expect(tellsOfOthersCaring('the carers came in every day')).to.equal(true);
    expect(tellsOfOthersCaring('we had district nurses coming in twice a week')).to.equal(true);
    expect(tellsOfOthersCaring('The woman who sorted out his care was brilliant')).to.equal(true);
    expect(tellsOfOthersCaring('a carer in a nursing home')).to.equal(false);
    expect(tellsOfOthersCaring('i was a carer at a home for 2 years')).to.equal(false);
  });

  it('caring for a parent at home with carers coming in is family care, never a yes', () => {
    expect(experienceAsked('my grandad lived with us for years and I looked after him, his nurses visited weekly. does that count as experience?')).to.equal('family-care');
    expect(experienceAsked('a carer in a nursing home, does that count')).to.equal('care-work');
  });
});

describe('a question asked first, then a story', () => {
  it('is the first clause when every clause after it tells', () => {
    expect(questionBeforeStory('how long would it take me, i work in a shop, no degree')).to.equal('how long would it take me');
    expect(questionBeforeStory('how long would it take me, and is it stressful')).to.equal(null);
    expect(questionBeforeStory('i work in a shop, how long would it take me')).to.equal(null);
  });
});

describe('a qualification short of a degree, asked of', () => {
  it('names the kind set against the degree', () => {
    expect(shortOfADegreeAsked('is a cert 3 in aged care good enough or do i need uni')).to.equal('numbered certificates like a Cert III or IV');
    expect(shortOfADegreeAsked('could an associates get me in instead of a bachelors')).to.equal('associate degrees');
    expect(shortOfADegreeAsked('can i do a diploma rather than a degree')).to.equal('diplomas');
    expect(shortOfADegreeAsked('would an NVQ level 3 count')).to.equal('vocational qualifications like an HND or NVQ');
  });

  it('not one the writer holds, nor a certification asked of', () => {
    expect(shortOfADegreeAsked('would my criminal justice associate degree count?')).to.equal(null);
    expect(shortOfADegreeAsked('which certification should i get first')).to.equal(null);
  });
});

describe('their own English, asked of', () => {
  it('is read when they ask whether it stands in the way', () => {
    for (const asked of ["i'm not a native english speaker, is that an issue", 'my spoken english is a bit weak, would that stop me?', 'will my accent be a problem with patients']) {
      expect(ownEnglishAsked(asked), asked).to.equal(true);
    }
  });

  it('is not read of English asked in general or of someone else', () => {
    for (const asked of ['do you need to speak english well for this job', 'my english teacher thinks i would be good at it', 'is the CCM exam in english']) {
      expect(ownEnglishAsked(asked), asked).to.equal(false);
    }
  });
});

describe('a first job the guide names, weighed as a way in', () => {
  it('names the guide\'s job', () => {
    expect(firstJobWeighed('would taking a case manager post be a good way in?')).to.equal('care coordinator or case manager');
    expect(firstJobWeighed('is starting off as an hca a sensible move')).to.equal('healthcare assistant');
    expect(firstJobWeighed('i am a counselor, how long will it take')).to.equal(null);
  });
});

describe('the area asked for by the people it serves', () => {
  it('reads the people or condition in the question or the story before it', () => {
    const kb = knowledge();
    expect(areaForThePeople(kb, 'what sort of care manager helps people with copd?')).to.equal('chronic-disease');
    expect(areaForThePeople(kb, 'which field is it?', 'i love working with teenagers. which field is it?')).to.equal('pediatric');
    expect(areaForThePeople(kb, 'which type of care manager earns the most?')).to.equal(null);
  });
});

/** What a person says, what the reply must show, and what it must never show. */
interface Told {
  title: string;
  say: string;
  shown: readonly string[];
  never: readonly (string | RegExp)[];
}

const DECLINED = 'outside what I can help with';

const TOLD: readonly Told[] = [
  {
    title: 'two years caring for mum at home while home helps came in: the guide does not speak of family care',
    say: 'i spent two years caring for my mum at home, home helps came in the mornings. would that count as experience?',
    shown: [Messages.experienceCounts['family-care']],
    never: [/^Yes/m],
  },
  {
    title: 'years at a hospital told: the yes, then the experience the guide describes, not volunteering',
    say: 'been a porter at the hospital for six years, would that count?',
    shown: [Messages.experienceNamed({ place: 'hospitals' })],
    never: ['Volunteering can help'],
  },
  {
    title: 'how long for me asked first, then no degree and work outside care told: the whole route, said as theirs',
    say: 'how long will it take me? i stack shelves at a supermarket and never did uni',
    shown: ["From what you've told me (", "the whole of the guide's route is ahead of you", '6 to 8 years'],
    never: [DECLINED],
  },
  {
    title: 'a TAFE course instead of uni: the guide speaks of none, then its route without a degree, never a decline',
    say: 'could i just do a tafe course rather than going to uni?',
    shown: [Messages.direct.shortOfADegree('TAFE courses'), "A degree in healthcare or social work isn't strictly required"],
    never: [DECLINED],
  },
  {
    title: 'their English not perfect: the guide speaks of no language level, and calls communication paramount',
    say: "english isn't my first language and my grammar is not great, will that be a problem?",
    shown: [Messages.direct.ownEnglish, 'Communication is one of the most important skills'],
    never: [DECLINED],
  },
  {
    title: 'their English told, then asked of as "this": one answer, led by what the guide does not say',
    say: 'Spanish is my first language and my english is so-so. Patients talk fast. Is that a big problem for the job?',
    shown: [Messages.direct.ownEnglish, 'Communication is one of the most important skills'],
    never: [Messages.answerAbove],
  },
  {
    title: 'their English asked beside another question: both answered',
    say: 'What hours do care managers work? Also my english is only basic, is it ok?',
    shown: ['standard business hours', Messages.direct.ownEnglish],
    never: [DECLINED],
  },
  {
    title: "one of the guide's first jobs weighed as a first step: yes, named among the jobs to start in",
    say: 'a hospital near me is hiring a care coordinator, is that a good place to start?',
    shown: [Messages.experienceNamed({ job: 'care coordinator or case manager' }), 'Jobs you can start in include'],
    never: [DECLINED],
  },
  {
    title: 'which kind of care manager works with people who have a condition: that area, never a decline',
    say: "my grandma has alzheimer's and i want to help people like her, what type of care manager does that?",
    shown: ['Geriatric care management'],
    never: [DECLINED],
  },
];

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a background weighed for what the guide says of it (${channelName})`, () => {
    for (const told of TOLD) {
      it(told.title, async () => {
        const replies: readonly Partial<Activity>[] = await startGuided({ channelId }).say(told.say);
        expectShown(replies, ...told.shown);
        for (const never of told.never) expect(shownText(replies)).not.to.match(typeof never === 'string' ? new RegExp(never.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : never);
        if (channelId === Channels.Msteams) replies.forEach((reply, at) => expectTeamsSafe(reply, `${told.title} #${at}`));
      });
    }
  });
}
