import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { placesTurnedDown, withoutPlaces } from '../../dialogs/understanding/person/placeTurnedDown';
import { asksFirstJob } from '../../dialogs/understanding/questions/firstJobAsked';
import { CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge } from './transcript';

/**
 * A place the person would rather not work in, asked with where care managers work (tester A on session 25's first
 * bot: "Where I can work if I don't want hospital?" got hospitals first): left out of the list, and said so.
 */
describe('a place turned down, read', () => {
  const kb = knowledge();

  it('reads the place turned down in the ways people put it', () => {
    expect(placesTurnedDown("where could I work if I'd rather not be in a hospital")).to.deep.equal(['hospital']);
    expect(placesTurnedDown('any jobs other than nursing homes or hospitals?')).to.have.members(['nursing', 'hospital']);
    expect(placesTurnedDown("care manager jobs that aren't in hospitals")).to.deep.equal(['hospital']);
  });

  it('reads no place in a question that turns none down, or turns down something else', () => {
    for (const said of ['where do care managers work?', 'do they work in hospitals?', "where can I work, I don't like blood", 'can I do it without a degree?', "where could I work? I'm not a nurse", 'the pay is not great, where else could I work?'])
      expect(placesTurnedDown(said), said).to.deep.equal([]);
  });

  it('takes the place out of the list line that names it, keeping the rest of the line', () => {
    const answer = kb.faqById.get('where-they-work')!.answer;
    const left = withoutPlaces(answer, ['hospital'])!;
    // Who someone is names no place: "nurse" is not "nursing homes".
    expect(withoutPlaces(answer, ['nurse'])).to.equal(null);
    expect(left.left).to.deep.equal(['hospitals']);
    expect(left.answer).not.to.match(/hospital/i);
    expect(left.answer).to.include('- nursing homes\n');
    expect(withoutPlaces(answer, ['airport'])).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`where care managers work, with a place turned down (${channelName})`, () => {
    it('leaves hospitals out of where care managers work, and says so', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("where else could I work if I really don't want to work in a hospital? I faint at the sight of needles");
      expectShown(replies, Messages.placesLeftOut(['hospitals']), 'nursing homes', 'rehabilitation centers');
      expect(shownText(replies).toLowerCase()).not.to.match(/\bhospitals\b(?!, as you)/);
      if (channelId === 'msteams') replies.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i + 1}`));
    });

    it('lists every place, hospitals included, when none is turned down', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say('what kind of places hire care managers?');
      expect(shownText(replies).toLowerCase()).to.include('hospitals');
      expect(shownText(replies)).not.to.include(Messages.placesLeftOut(['hospitals']).slice(0, 12));
    });
  });
}

/**
 * A first job asked by its kind or title (the testers: "wat job shud i get first" got the places where experience is
 * gained): the guide's first jobs, in the person's own words.
 */
describe('a first job asked for, read', () => {
  it('reads which job to take first, in the ways people ask it', () => {
    for (const said of ['ok but which job should I go for first?', 'how do i get experience, like wat job do i apply for at the start', 'are there any entry level roles I could try', 'what kind of position could I begin in'])
      expect(asksFirstJob(said), said).to.equal(true);
  });

  it('does not read pay, study, the first step or experience asked as a first job asked', () => {
    for (const said of ['what would my first job pay?', 'what is the first step?', 'how can I get some experience?', 'do I need a degree for my first job?', 'what jobs do care managers do all day'])
      expect(asksFirstJob(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a first job asked for (${channelName})`, () => {
    const kb = knowledge();
    const firstJobs = kb.faqById.get('entry-level-jobs')!;

    it('answers "how do I get experience, like what job should I apply for first" with the first jobs, not the places', async () => {
      for (const said of ['how would i get experience, like what job should i apply for first', 'are there any entry level roles I could try?']) {
        const chat = startGuided({ channelId });
        const replies = await chat.say(said);
        expectShown(replies, 'healthcare assistant', 'care coordinator');
        expect(shownText(replies), said).to.include(firstJobs.answer.split('\n')[0]!.replace(/\*\*/g, '').slice(0, 20));
      }
    });
  });
}
