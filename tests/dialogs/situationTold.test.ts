import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { directAsk } from '../../knowledge/aspects';
import { ageAsked, beyondAsked, levelPast, ownPayInAnotherCurrency, ownPayWeighed, payLevels, payWithoutDegree, yearsToPay } from '../../knowledge/beyondGuide';
import { Messages } from '../../dialogs/rendering/core/messages';
import { experienceAsked, experienceWayNamed, tellsOfManaging, tellsOfMilitaryHealthWork } from '../../dialogs/understanding/person/experienceCounts';
import { asksWhatIsLeft, readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { questionBeforeRemark } from '../../dialogs/understanding/core/clauses';
import { ButtonTitles } from '../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Answers that fit what the person said of themselves (session 25, from the usability testers' "generic answer that
 * ignores the situation" turns): their pay weighed against the guide's, a sum they want to reach, study skipped,
 * family caring, counseling work, a field of study typed without its auxiliary, their own age.
 */
describe('what the person says of their situation, read', () => {
  const kb = knowledge();

  it('their own pay weighed against the guide: the sum they earn, typed in any of the usual ways', () => {
    expect(ownPayWeighed('I earn 55k at the moment, would this mean a pay cut?')).to.equal(55000);
    expect(ownPayWeighed("I'm on $71,000 as a bank clerk. would I make less?")).to.equal(71000);
    expect(ownPayWeighed('making 48 grand now, would I be better off?')).to.equal(48000);
    // A sum in another currency is not set against the guide's dollars.
    expect(ownPayWeighed("I'm on £41k in sales, would I take a cut?")).to.equal(null);
    // A sum that is no pay, or pay asked with nothing of their own.
    expect(ownPayWeighed('I look after 30 residents, would I earn less?')).to.equal(null);
    expect(ownPayWeighed('would i take a pay cut going into this?')).to.equal(null);
    expect(ownPayWeighed('I make 62k. what hours would I work?')).to.equal(null);
  });

  it('a sum to reach asked how long it takes; the level whose median range first goes past it', () => {
    expect(yearsToPay('how long before I earn over 75k again')).to.equal(75000);
    expect(yearsToPay('how many years until I make 90k')).to.equal(90000);
    expect(yearsToPay('what would I earn after 3 years')).to.equal(null);
    expect(yearsToPay('I make 62k, how long does the degree take?')).to.equal(null);
    expect(levelPast(kb, 60000)?.entry.id).to.equal('salary-mid');
    expect(levelPast(kb, 85000)?.entry.id).to.equal('salary-senior');
    expect(levelPast(kb, 500000)?.entry.id).to.equal('salary-vp');
    expect(payLevels(kb).map((level) => [level.low, level.high])[0]).to.deep.equal([40000, 60000]);
  });

  it('study skipped, in other words than "without a degree", is the route without one', () => {
    for (const asked of ['how long would it take if I skipped uni altogether', 'how many years without going to college', 'how long is it if i never go to university']) {
      const read = directAsk(asked);
      expect(read?.kind === 'duration' ? read.without : undefined, asked).to.equal('a degree');
    }
  });

  it('a field told as one\'s study, then asked whether it counts, is that field', () => {
    expect(directAsk("I'm studying criminology in my second year. would my degree count?")).to.deep.equal({ kind: 'field', field: 'criminology' });
  });

  it('pay asked without a degree; the currency typed with a slip; "still at school" is no doubt about an age', () => {
    expect(payWithoutDegree('what would the salary be if i have no degree')).to.equal(true);
    expect(payWithoutDegree('can i do this with no degree')).to.equal(false);
    expect(beyondAsked('are those doller amounts?', kb, kb.faqById.get('salary'))?.kind).to.equal('pay-place');
    expect(ageAsked("i'm 16 and still at school, what subjects should i take?")).to.equal(false);
    expect(ageAsked("i'm 59, is it too late to start?")).to.equal(true);
  });

  it('a field of study asked without its auxiliary ("so sociology count as related?"), or "is possible to ... with a X degree"', () => {
    expect(directAsk('so sociology count as a related field?')).to.deep.equal({ kind: 'field', field: 'sociology' });
    expect(directAsk('is possible to be care manager with biology degree?')).to.deep.equal({ kind: 'field', field: 'biology' });
    expect(directAsk('so volunteering count as relevant experience?')).to.equal(null);
  });

  it('experience: family caring is its own kind, unpaid is no pay asked, counseling and medic work count', () => {
    expect(experienceAsked('does nursing my grandad at home count as experience? I was not paid for it')).to.equal('family-care');
    expect(experienceAsked('I took care of my aunt for two years, does that count as experience?')).to.equal('family-care');
    expect(experienceAsked('my placement was on a dementia ward, does it count or does it have to be a paid job?')).to.equal('care-work');
    expect(experienceWayNamed('my placement was on a dementia ward, does it count?')).to.equal('internships');
    // One's study weighed is no experience asked ("does my study count, or should I do social work?").
    expect(experienceAsked('does my study count, or should I switch to social work?')).to.equal(null);
    expect(experienceAsked('would three years of counseling at a youth charity count?')).to.equal('care-work');
    // A medic's years are left to the guide's own words: it names no military work (dialogS, rotating, read it so).
    expect(experienceAsked('I was a combat medic for 6 years, does that count as experience?')).to.equal('not-said');
    expect(experienceAsked('does my nursing experience count towards my salary?')).to.equal(null);
  });
});

describe('what the person says of their degree, management and pay, read (session 26)', () => {
  const kb = knowledge();

  it('degrees told by their short forms are degrees; "bed" in lower case is a bed', () => {
    expect(readAboutYou('I have a BSW and an MSW', kb).education).to.equal('relevant-degree');
    expect(readAboutYou("I'm a teacher with a BEd and a PGCE", kb).education).to.equal('other-degree');
    expect(readAboutYou('I went to bed early and i love my job', kb).education).to.equal(undefined);
    expect(readAboutYou('I have an MBA', kb).education).to.equal('other-degree');
  });

  it('years in child protection are years in social services', () => {
    expect(readAboutYou("I've got a BSW and 12 years in child protection", kb)).to.include({ years: 12, working: true });
    expect(readAboutYou('I have 3 years in school left', kb).years).to.equal(undefined);
  });

  it('how long, with a degree told by its short form: after the degree, and after a master\'s when one is told', () => {
    const bed = directAsk('how long would it take me? I already have a BEd and a PGCE');
    expect(bed?.kind === 'duration' ? [bed.having, bed.thing] : null).to.deep.equal(['degree', null]);
    const msw = directAsk('I have a BSN and an MSN, how long will it take');
    expect(msw?.kind === 'duration' ? msw.having : null).to.equal('master');
    const mother = directAsk('how long with my ma being ill');
    expect(mother?.kind === 'duration' ? mother.having : null).to.equal(undefined);
  });

  it('what is left of the route asked of oneself, not the requirements asked in general', () => {
    for (const asked of ['Would I have to start from scratch?', 'so what is really left for a person like me', 'what would I still need to do then', 'where do I go from here?']) {
      expect(asksWhatIsLeft(asked), asked).to.equal(true);
    }
    for (const asked of ['what do I need to become a care manager', "what's left of the day", 'is there anything left to say', 'what else do I need?']) {
      expect(asksWhatIsLeft(asked), asked).to.equal(false);
    }
  });

  it('their own pay in another currency, weighed: the sum as typed; in dollars it is weighed as before', () => {
    expect(ownPayInAnotherCurrency("would i take a pay cut? i'm on £41k")).to.equal('£41k');
    expect(ownPayInAnotherCurrency('I earn 47,000 euros in sales, would this pay less?')).to.equal('47,000 euros');
    expect(ownPayInAnotherCurrency('I make $62k, would I take a pay cut?')).to.equal(null);
    expect(ownPayInAnotherCurrency('how much is £40k in dollars')).to.equal(null);
  });

  it('a question closed by a remark: the question', () => {
    expect(questionBeforeRemark('senior pay? bet its more than i get now')).to.equal('senior pay?');
    expect(questionBeforeRemark('senior pay? and what hours?')).to.equal(null);
    expect(questionBeforeRemark('i earn 30k. senior pay?')).to.equal(null);
  });

  it('experience weighed as good, asked yes or no, is whether it counts; "how do I get good experience" is not', () => {
    expect(experienceAsked('been a nursing assistant 4 years, that is relevant experience right?')).to.equal('care-work');
    expect(experienceAsked('is waitressing good experience for this?')).to.equal('not-said');
    expect(experienceAsked('where can I get good experience?')).to.equal(null);
  });

  it('how long after finishing a degree to come: the route after the degree', () => {
    const after = directAsk('how many years once I finish my social work degree');
    expect(after?.kind === 'duration' ? after.having : null).to.equal('degree');
    const certified = directAsk('how long after I get certified');
    expect(certified?.kind === 'duration' ? certified.having : null).to.equal(undefined);
  });

  it('health work in the forces and managing people, told', () => {
    expect(tellsOfMilitaryHealthWork('spent 9 years as a navy corpsman')).to.equal(true);
    expect(tellsOfMilitaryHealthWork('I was a paramedic for 9 years')).to.equal(false);
    expect(tellsOfManaging('ran a store and its rotas for a decade')).to.equal(true);
    expect(tellsOfManaging('I did case management for 3 years')).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`answers that fit what the person said of themselves (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('their pay told and a cut feared: the entry-level range against their sum, where later levels reach it, then the pay by level', async () => {
      const replies = await start().say('I work in a warehouse and make around $66k. Would switching mean a big drop in pay?');
      const reach = { title: 'mid-level', range: '$60,000–$80,000' };
      expectShown(replies, Messages.beyond.payAboveEntry('$66,000', '$40,000–$60,000', reach, { title: 'senior', range: '$80,000–$100,000' }), '0–2 years', '5+ years');
      // "would I earn more?" at a sum the mid level takes in: never just the entry level below it.
      const more = await start().say("I'm on $78k now, would I earn more?");
      expectShown(more, Messages.beyond.payAboveEntry('$78,000', '$40,000–$60,000', reach, { title: 'senior', range: '$80,000–$100,000' }), 'vice president');
      safe(more, 'earn more');
      expect(shownText(replies)).not.to.include(Messages.noMatch);
      safe(replies, 'pay cut');
      const lower = await start().say("I'm on 35k dollars in retail, would I earn more doing this?");
      expectShown(lower, Messages.beyond.payAgainstOwn('$35,000', '$40,000–$60,000', 'above'));
      // Typed in no currency, the sum is set against the guide's dollars only if it is dollars.
      const untold = await start().say("I'm on about 37k as band 5, would care management pay more or less?");
      expectShown(untold, Messages.beyond.payAgainstOwnUntold('37,000', '$40,000–$60,000', 'above'));
    });

    it('a sum to get back to, asked how long: the level whose range goes past it and its years, not the 6 to 8 years', async () => {
      const chat = start();
      await chat.say('what do you earn at the start');
      const replies = await chat.say('ok so how long until I am earning over 70k again?');
      expectShown(replies, Messages.beyond.yearsToPay('$70,000'), '$60,000–$80,000', '2–5 years');
      expect(shownText(replies)).not.to.include('6 to 8 years');
      safe(replies, 'years to 70k');
    });

    it('how long if they skip college: the guide gives no time for that route, then what it says of it', async () => {
      const replies = await start().say('how long does it take to become one if I skip college completely');
      expectShown(replies, Messages.direct.durationWithout('a degree'), "isn't strictly required");
      safe(replies, 'skip college');
    });

    it('caring for their own family, unpaid, asked whether it counts: the guide does not speak of it, then the experience it names', async () => {
      const replies = await start().say('would nursing my nan through her last years count as experience? it was unpaid obviously');
      expectShown(replies, Messages.experienceCounts['family-care'], 'health or social services');
      expect(buttonTitles(replies)).to.include('Volunteering');
      safe(replies, 'family caring');
    });

    it('counseling work asked whether it counts: yes, with the first job the guide names for it (counselor)', async () => {
      for (const asked of ['would 5 years doing addiction counselling count as experience?', 'does my counseling job at a youth center count?']) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.experienceNamed({ job: 'counselor' }));
        expect(shownText(replies)).not.to.include(Messages.experienceCounts['not-said']);
        safe(replies, asked);
      }
    });

    it('their own age after the pay: the guide says nothing of age, with the route into the career, not the pay in view', async () => {
      const chat = start();
      await chat.say('how much do care managers make');
      const replies = await chat.say("I'm 57, am I too old to start?");
      expectShown(replies, Messages.aspectNotGiven.age);
      expect(buttonTitles(replies)).to.include.members(['Is it right for me?', 'Without a degree']);
      expect(buttonTitles(replies)).not.to.include('Entry-level pay');
      safe(replies, 'age after pay');
    });

    it('pay asked by someone without a degree: the guide gives none by degree, then its figures by level', async () => {
      const replies = await start().say("what would I get paid as a care manager if I don't have a degree?");
      expectShown(replies, Messages.beyond.payWithoutDegree, '$40,000–$60,000');
      safe(replies, 'pay without a degree');
    });

    it('caring for a grandparent, told as "took care of", asked whether it counts: not a yes', async () => {
      const replies = await start().say('I took care of my granddad at home for years, does that count as experience?');
      expectShown(replies, Messages.experienceCounts['family-care']);
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
    });

    it('a placement in care asked whether it counts: yes, with the place the guide names and the answer on internships and placements', async () => {
      const replies = await start().say('I did a six-week placement in a care home on my course, does that count as experience?');
      expectShown(replies, Messages.experienceNamed({ place: 'nursing homes and residential care facilities' }), 'practicum');
      safe(replies, 'placement');
    });

    it('a study told in the story, then "does my study count": the field answer, not care work', async () => {
      const replies = await start().say("I'm studying criminology at university. Does my study count, or do I have to study social work?");
      expectShown(replies, 'criminology', 'social work, nursing or a related field');
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
      safe(replies, 'criminology');
    });

    it('no degree told: "how many years would it take me?" after a long story is the route, not a situation read into it', async () => {
      const chat = start();
      await chat.say("I've been at home with my kids for the last 10 years. Before that I was a receptionist at a dental practice, and I did one year at college. Is this realistic for me?");
      const replies = await chat.say('Sorry, I meant how many years would it take me to become a care manager?');
      expect(shownText(replies)).not.to.include("From what you've told me");
      expectShown(replies, '6 to 8 years');
    });

    it('a BSW and an MSW and years in the field, "would I be starting from scratch?": what is left for them, not 6 to 8 years', async () => {
      const replies = await start().say("I've a BSW, an MSW and 11 years in safeguarding. Would I have to start from scratch?");
      expect(shownText(replies)).to.include('11 years').and.to.include('covered the guide').and.not.to.include('6 to 8 years');
      expect(buttonTitles(replies)).to.include(ButtonTitles.roadmap);
      safe(replies, 'from scratch');
    });

    it('a social worker with a degree and no years told, asking what is left: the years asked for, not counted as none', async () => {
      const replies = await start().say("I'm a hospital social worker with a BSW. What would I still need to do?");
      expectShown(replies, Messages.leftYearsUntold(true));
      expect(shownText(replies)).not.to.include('no work experience');
      safe(replies, 'years untold');
    });

    it('a degree told, then "what is left for someone like me?" and "how long would it take me?": from what they told', async () => {
      const chat = start();
      await chat.say("I'm a secondary school teacher and I have a BEd");
      const left = await chat.say("what's actually left for someone like me?");
      expect(shownText(left)).to.include('a degree in another field').and.to.include('related field');
      expect(shownText(left)).not.to.include(Messages.outOfScope);
      safe(left, 'what is left');
      const time = await chat.say('how long would it take me then?');
      expect(shownText(time)).to.include('related field').and.not.to.include('6 to 8 years');
    });

    it('"what is left for me?" with nothing told: asks where they start, with the roadmap', async () => {
      const replies = await start().say('what is left for someone like me?');
      expectShown(replies, Messages.leftUnknown);
      expect(buttonTitles(replies)).to.include(ButtonTitles.roadmap);
      safe(replies, 'left unknown');
    });

    it('how long, with a BEd and a PGCE: what the route has after a degree, with no echo of the degrees', async () => {
      // The question is read apart from the story after it (session 30), and the story's degree counted as theirs: the
      // time left after a degree in a field the guide does not name, as their roadmap counts it.
      const replies = await start().say('how long would it take me? I already have a BEd and a PGCE');
      expectShown(replies, "From what you've told me (a degree in another field), if your degree counts as a related field", 'relevant work experience');
      expect(shownText(replies)).not.to.include('pgce');
      safe(replies, 'bed pgce');
    });

    it('their pay in pounds, a cut feared: the guide\'s figures are in dollars, then its figures', async () => {
      const replies = await start().say("would this mean a pay cut? i'm on £44k in logistics");
      expectShown(replies, Messages.beyond.payOwnInAnotherCurrency('£44k'), '$40,000–$60,000');
      safe(replies, 'pounds');
    });

    it('a pay level asked, closed by a remark: that level', async () => {
      const replies = await start().say('senior pay? bet its more than my weekend shifts pay');
      expectShown(replies, '$80,000–$100,000');
      expect(shownText(replies)).not.to.include(Messages.noMatch);
    });

    it('a certification asked by someone with no degree: the CMC needs a relevant degree, the CCM has no rule given, then the answer', async () => {
      const replies = await start().say('no degree here, only a GED. what certification could I go for?');
      expectShown(replies, Messages.beyond.certificationWithoutDegree, 'CCM');
      safe(replies, 'cert no degree');
    });

    it('their years as an HCA weighed as "good experience ... yes?": yes, the guide names the job among those to start in', async () => {
      const replies = await start().say('I work as healthcare assistant 5 years already, this is good experience for care manager, yes?');
      expectShown(replies, Messages.experienceNamed({ job: 'healthcare assistant' }));
      safe(replies, 'good experience');
    });

    it('a medic in the forces asked whether it helps: the guide speaks of no military work, then the experience it describes', async () => {
      const replies = await start().say('I spent 7 years as an army medic, would that help?');
      expectShown(replies, Messages.experienceNotSaid.militaryHealth, 'health or social services');
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
      safe(replies, 'medic');
    });

    it('years managing people asked whether they count: not said, with the leadership, organizing and budgeting the guide names', async () => {
      const replies = await start().say('I ran a warehouse team for 15 years, staff rotas and budgets included. Would any of that count?');
      expectShown(replies, Messages.experienceNotSaid.managing);
      safe(replies, 'managing');
    });

    it('a field of study asked without its auxiliary: the guide does not name it, with the fields it does name', async () => {
      const replies = await start().say('so anthropology count as related field or not');
      expectShown(replies, 'social work, nursing or a related field');
      expect(shownText(replies)).to.include('anthropology');
      safe(replies, 'anthropology');
    });
  });
}
