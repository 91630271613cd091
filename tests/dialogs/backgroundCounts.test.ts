import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { degreeWeighed, experienceAsked, workNamed } from '../../dialogs/understanding/person/experienceCounts';
import { readAboutYou, tellsOfCareWork } from '../../dialogs/understanding/person/aboutYou';
import { buttonTitles, CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * "Does my X count?" answered one way (session 27, from the testers' largest kind of poor reply: the person's own
 * background answered generically or inconsistently). The guide's rule: experience in health or social services
 * (hospitals, nursing homes, community health centers, social service agencies; volunteering or interning counts) and a
 * degree in social work, nursing or a related field. What it names gets a yes with its reason; what it does not name is
 * never a yes; a degree it does not name gets what it says of related fields; a degree from another country, that it
 * does not speak of them.
 */
const NAMED_FIELDS = 'social work, nursing or a related field';
const degree = (field: string | null, more: Partial<{ named: boolean; abroad: boolean; associate: boolean; studyAgain: boolean }> = {}) => ({
  field,
  named: false,
  abroad: false,
  associate: false,
  studyAgain: false,
  ...more,
});
/** The opening every named yes shares. */
const NAMED_YES = Messages.experienceNamed({ place: 'X' }).split(' X ')[0]!;

describe('whether the writer\'s work or degree counts, read', () => {
  it('work in a place or a first job the guide names is named, with the guide\'s own words for it', () => {
    expect(workNamed('been a porter up at the hospital for 6 years, does that count?')).to.deep.equal({ place: 'hospitals' });
    expect(workNamed("I'm an HCA on nights in a care home")).to.deep.equal({ place: 'nursing homes and residential care facilities', job: 'healthcare assistant' });
    expect(workNamed('I volunteer with a befriending scheme, would that count?')).to.deep.equal({ way: 'volunteering' });
    // A relative's place is no work of the writer's.
    expect(workNamed('my gran is in a nursing home and I see her every day, does that count?')).to.equal(null);
  });

  it('work the guide does not name is no care work: a pharmacy counter, policing around mental health, HR', () => {
    expect(tellsOfCareWork('four years serving at a pharmacy counter')).to.equal(false);
    expect(tellsOfCareWork('a police officer for 12 years, lots of calls involving mental health')).to.equal(false);
    expect(experienceAsked('does that count as experience?', 'I run the tills at a chemist, pharmacy side. does that count as experience?')).to.equal('not-said');
    // A clause of the writer's own after a job outside the field still tells of it.
    expect(tellsOfCareWork("I'm a teacher, but I volunteer with dementia patients at weekends")).to.equal(true);
  });

  it('a question that names the work the story told ("portering") asks of that work', () => {
    expect(experienceAsked('would portering count as experience?', 'I work as a porter in a hospital. would portering count as experience?')).to.equal('care-work');
  });

  it('a degree weighed: its field, whether from another country, an associate degree, study again', () => {
    const kb = knowledge();
    const elsewhere = (message: string): boolean => /\b(?:Poland|India|Brazil)\b/.test(message) && kb.faqs.length > 0;
    expect(degreeWeighed('does it count?', 'I finished a social work degree in June, does it count?')).to.deep.equal(degree('social work', { named: true }));
    expect(degreeWeighed('would that be accepted?', "I've got a BA in psychology, would that be accepted?")).to.deep.equal(degree('psychology'));
    expect(degreeWeighed('is it still valid?', 'my degree is in pedagogy, from Poland. is it still valid?', elsewhere)).to.deep.equal(degree('pedagogy', { abroad: true }));
    expect(degreeWeighed('would it qualify?', "I hold an associate's in criminal justice, would it qualify?")).to.deep.equal(degree('criminal justice', { associate: true }));
    expect(degreeWeighed('do I have to go back to college?', 'I have a business degree. do I have to go back to college?')).to.deep.equal(degree('business', { studyAgain: true }));
    // Work asked of is the experience reading's, and a degree asked of in general is not the writer's.
    expect(degreeWeighed('does my nursing experience count?')).to.equal(null);
    expect(degreeWeighed('what degree counts?')).to.equal(null);
  });

  it('a job said as work on a counter is no course in hand', () => {
    expect(readAboutYou('I work on a pharmacy counter, 3 yrs', knowledge()).education).to.equal(undefined);
    expect(readAboutYou("I'm working towards my BSW", knowledge()).education).to.equal('studying');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`"does my background count?" answered one way (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('a care assistant in a nursing home: yes, with the place and the job the guide names', async () => {
      const replies = await start().say("I've worked as a care assistant in a nursing home for four years, is that relevant experience?");
      expectShown(replies, Messages.experienceNamed({ place: 'nursing homes', job: 'healthcare assistant' }), 'community health centers');
      safe(replies, 'care assistant');
    });

    it('work told without its place, then the place told: not said first, then the yes it was owed', async () => {
      const chat = start();
      const hedged = await chat.say('I push beds and wheelchairs around as a porter, nine years now. would portering count as experience?');
      expectShown(hedged, Messages.experienceCounts['not-said']);
      const replies = await chat.say("it's in a hospital though");
      expectShown(replies, Messages.experienceNamed({ place: 'hospitals' }, 'then'));
      expect(buttonTitles(replies)).to.include('My roadmap');
      safe(replies, 'in a hospital');
    });

    it('the place told beside another question after the hedge: the yes, then the question answered', async () => {
      const chat = start();
      await chat.say('does portering count as experience?');
      const replies = await chat.say("mate I'm a porter IN a hospital. and can i do it with no degree?");
      expectShown(replies, Messages.experienceNamed({ place: 'hospitals' }, 'then'), "isn't strictly required");
      safe(replies, 'hospital and no degree');
    });

    it('a pharmacy counter, policing and HR: the guide does not say, never a yes', async () => {
      for (const [said, lead] of [
        ["I've spent 3 years behind the counter at a pharmacy, does that count as experience?", Messages.experienceNotSaid.pharmacy],
        ['twelve years as a police officer, lots of calls involving mental health. would that experience count?', Messages.experienceCounts['not-said']],
      ] as const) {
        const replies = await start().say(said);
        expectShown(replies, lead, 'health or social services');
        expect(shownText(replies)).not.to.include('Yes:');
        safe(replies, said);
      }
    });

    it('pharmacy work told before the roadmap, and its years given as the answer: the experience step is never marked done', async () => {
      const chat = start();
      await chat.say('I work at a pharmacy counter, 4 years now, and want a roadmap to become a care manager');
      const replies = await chat.say('no degree, just high school');
      expect(shownText(replies)).not.to.include('Step 3: Gain experience');
      expectShown(replies, 'How long have you worked in health or social care?');
      // The aim was told with the request, so the plan follows the years.
      const plan = await chat.say('4 years at the pharmacy');
      expectShown(plan, 'Your personal roadmap');
      expect(shownText(plan)).not.to.match(/Done:[^]*Step 3: Gain experience[^]*In progress|\[x\] 3\. Gain experience/);
    });

    it('pharmacy work told about oneself: noted, never called work outside health and social care', async () => {
      const replies = await start().say("I'm a pharmacist, 10 years");
      expect(shownText(replies)).not.to.include('Coming from outside health and social care');
    });

    it('caring for a parent: the guide does not speak of it, then the experience it names', async () => {
      const replies = await start().say("I've looked after my dad since his stroke, does that count as experience?");
      expectShown(replies, Messages.experienceCounts['family-care']);
      expect(shownText(replies)).not.to.include(NAMED_YES);
    });

    it('a social work degree: yes, the guide names social work, then its answer on degrees', async () => {
      const replies = await start().say('I finished a social work degree in June, does it count?');
      expectShown(replies, Messages.direct.degreeWeighed(degree('social work', { named: true }), NAMED_FIELDS), 'health care administration');
      safe(replies, 'social work degree');
    });

    it('a psychology or criminal justice degree: a related field, with no list; an associate degree said plainly', async () => {
      const psychology = await start().say("I've got a BA in psychology, would that be accepted?");
      expectShown(psychology, Messages.direct.degreeWeighed(degree('psychology'), NAMED_FIELDS));
      const associate = await start().say("I hold an associate's in criminal justice, would it qualify?");
      expectShown(associate, Messages.direct.degreeWeighed(degree('criminal justice', { associate: true }), NAMED_FIELDS));
      safe(associate, 'associate');
    });

    it('a degree from another country: the guide does not speak of them, said first, never a yes', async () => {
      const replies = await start().say('I have a bachelor in pedagogy from Poland. Does it count, or must I study again?');
      expectShown(replies, Messages.direct.degreeWeighed(degree('pedagogy', { abroad: true, studyAgain: true }), NAMED_FIELDS));
      expect(shownText(replies)).not.to.include('Yes:');
      safe(replies, 'degree from Poland');
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`"how long for me?" from the degree or the years told (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('no degree and years as an HCA: no time for that route, what the guide says of experience instead, with their years', async () => {
      const replies = await start().say("No degree, but I've done 6 years as an HCA. How long would it take me from where I am?");
      expectShown(replies, Messages.leftNoDegree('6 years'), 'healthcare assistant');
      expect(shownText(replies)).not.to.include('6 to 8 years');
      safe(replies, 'no degree HCA');
    });

    it('years as a support worker and no education told: the experience counted, what is left for each education', async () => {
      const replies = await start().say("I've been a support worker for 7 years. How long for me?");
      expectShown(replies, Messages.leftEducationUntold('care worker, about 7 years in health or social services'));
      expect(buttonTitles(replies)).to.include('My roadmap');
      safe(replies, 'support worker');
    });

    it('a BSW with years in a hospital: from the degree and the years, not the whole route', async () => {
      const replies = await start().say('I have a BSW and 5 years in a hospital. How long would it take me?');
      expect(shownText(replies)).to.include("From what you've told me").and.to.include('5 years').and.not.to.include('6 to 8 years');
      safe(replies, 'bsw years');
    });

    it('a nursing student asking how long after they finish: the rest of the route after the degree', async () => {
      const replies = await start().say("I'm in my third year as a nursing student. How many years after I finish would it take me?");
      expect(shownText(replies)).to.include("From what you've told me").and.to.include('2 to 4 years more');
      safe(replies, 'student');
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`volunteering, straight in, and a sum in no currency (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('volunteering at a place not told (typed with a slip): yes if it is at a healthcare or social service place, never "doesn\'t say" beside "volunteering counts"', async () => {
      const replies = await start().say('my volunter job at the youth club, is it count as experiance?');
      expectShown(replies, Messages.experienceCounts.way, 'healthcare facilities');
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['not-said']);
      safe(replies, 'volunteer');
    });

    it('volunteering at a home for the elderly: yes, the places the guide names', async () => {
      const replies = await start().say('I help out as a volunteer at a home for the elderly on Sundays, does that count?');
      expectShown(replies, Messages.experienceNamed({ place: 'nursing homes and residential care facilities' }));
    });

    it('a nurse of 6 years asking to go straight in: what is left from the degree and the years, not how to gain experience', async () => {
      const replies = await start().say("I'm a staff nurse on a surgical ward, 6 yrs qualified. Could I go straight into care management with my nursing degree?");
      expect(shownText(replies)).to.include("From what you've told me").and.to.include('6 years').and.not.to.include('You can gain experience');
      safe(replies, 'straight in');
    });

    it('years told first ("12 yrs as a paramedic"), then "do I start from zero?": their years counted', async () => {
      const chat = start();
      await chat.say('12 yrs as a paramedic, totally burnt out. is the job less stressful?');
      const replies = await chat.say('would I start from zero?');
      expectShown(replies, Messages.leftEducationUntold('paramedic, about 12 years in health or social services'));
      // An associate degree told with the question is said back as one the guide does not speak of, never asked for again.
      const associate = await chat.say('does my ambulance time count or do i start from zero? i have an associates in paramedicine');
      expectShown(associate, Messages.leftEducationUntold('paramedic, about 12 years in health or social services', true));
      expect(shownText(associate)).not.to.include('Tell me your education');
      safe(associate, 'associate');
    });
  });
}
