import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, expectChannelSafe, expectNoEntry, expectShown, readable, readableOpening, shownText, startGuided } from './guidedHarness';

/**
 * Questions where the person said something of their own case (session 31's testers, ut31a and ut31b): a greeting
 * misspelt is a greeting, and a condition or two groups named get the areas the guide describes for them, each with
 * whom it serves. Three made-up phrasings a rule, and ordinary questions that keep their usual answer; Web Chat and Teams.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a question about the person's own case (${channelName})`, () => {
    const start = () => startGuided({ channelId });

    it('a greeting misspelt ("helo", "hii", "heyyy", "gud morning") is greeted, never answered from the guide', async () => {
      for (const said of ['helo', 'hii', 'heyyy', 'gud morning', 'helloo there']) {
        const replies = await start().say(said);
        expectShown(replies, Messages.chat.greeting);
        expectNoEntry(replies, said);
        expectChannelSafe(channelId, replies, said);
      }
    });

    it('a condition the guide never names ("stroke", "Parkinson\'s", "cancer") gets the nearest areas, said to be nearest', async () => {
      const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
        ['My wife had a stroke. Which specialty is for stroke patients?', 'stroke', ['Chronic disease management', 'Geriatric care management']],
        ['my dad has parkinsons, what kind of care manager would help him', "Parkinson's", ['Chronic disease management', 'Geriatric care management']],
        ['which area would be for people with cancer?', 'cancer', ['Chronic disease management']],
      ];
      for (const [said, condition, areas] of cases) {
        const replies = await start().say(said);
        const text = readable(shownText(replies));
        expect(text, said).to.include(readable(Messages.direct.conditionNotNamed(condition, areas.length)));
        for (const area of areas) expect(text, said).to.include(`${area}:`);
        // Each area on a line of its own, as a markdown list (bullet characters ran together into one paragraph in Web Chat).
        if (channelId === 'webchat') for (const area of areas) expect(shownText(replies), said).to.match(new RegExp(`^- ${area}:`, 'm'));
        expect(text, said).to.include('long-term illnesses');
        expect(buttonTitles(replies), said).to.include('Choose a specialty');
        expectChannelSafe(channelId, replies, said);
      }
    });

    it('two groups named that two areas serve ("kids and diabetes", "teens with depression") get both areas', async () => {
      const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
        ['so with kids and diabetes stuff, which specialty is that', ['Pediatric care management', 'Chronic disease management']],
        ['what area covers teens with depression', ['Pediatric care management', 'Psychiatric care management']],
        ['which area is for seniors with diabetes', ['Geriatric care management', 'Chronic disease management']],
      ];
      for (const [said, areas] of cases) {
        const replies = await start().say(said);
        const text = readable(shownText(replies));
        expect(text, said).to.include(readable(Messages.direct.areasBothFit(2)));
        for (const area of areas) expect(text, said).to.include(`${area}:`);
        expectChannelSafe(channelId, replies, said);
      }
    });

    it('the steps asked for in short or after a story ("what is steps", "... wife say try care work. what is steps") get the ten steps', async () => {
      for (const said of [
        'im 52 work construction 30 yrs foreman. back is finish. wife say try care work. what is steps',
        'what is steps',
        'wat r steps',
        "I'm a nurse with 10 years on the wards. My friend said I should try care management. What are the steps?",
        'I drive a bus in Singapore. I want to help people. what are the steps',
      ]) {
        const replies = await start().say(said);
        expectShown(replies, Messages.stepsOverview);
        expect(shownText(replies), said).not.to.include('To specialize');
        expectChannelSafe(channelId, replies, said);
      }
      // A story with a question of another kind keeps that question's answer.
      expect(readable(shownText(await start().say('I work in retail. what is a care manager'))), 'what is a care manager').to.include(readableOpening('role-overview'));
    });

    it('how fast a certification can be had ("whats the fastest i could get certified", "how quickly can i get my CMC") says the guide gives no time', async () => {
      for (const said of ['ok. whats the fastest i could get certified', 'how fast can I get the CCM', 'how quickly can i get the CMC']) {
        const replies = await start().say(said);
        expect(shownText(replies), said).to.match(/^The guide doesn't say how long (?:getting certified|the CCM|the CMC) takes\./);
        expect(shownText(replies), said).not.to.include('The benefits of getting certified');
        expectChannelSafe(channelId, replies, said);
      }
      // How long the career takes keeps its answer.
      expect(readable(shownText(await start().say('how quickly can i become a care manager')))).to.include(readableOpening('how-long'));
    });

    it('the writer\'s own age ("at my age", "I\'m 58", "someone my age") never picks the area for older people', async () => {
      for (const said of [
        "That's helpful, thank you. What kind of first job should I be looking for? I'd rather not start at the very bottom at my age if I can help it.",
        "What kind of first job should I look for? I'm 58, I worry about my age.",
        'what type of work would suit someone my age',
      ]) {
        const replies = await start().say(said);
        expect(readable(shownText(replies)), said).not.to.include(readableOpening('geriatric'));
        expectChannelSafe(channelId, replies, said);
      }
      expect(readable(shownText(await start().say("What kind of first job should I look for? I'm 58, I worry about my age.")))).to.include(readableOpening('entry-level-jobs'));
      // Older people named keep their area.
      expect(readable(shownText(await start().say('what kind of care manager works with older people')))).to.include(readableOpening('geriatric'));
    });

    it('work outside care that names a skill of the guide ("my job is coordinating all day. that help?", finance, paperwork) gets that skill, then the experience it counts', async () => {
      const cases: ReadonlyArray<readonly [string, string]> = [
        ['my job is coordinating all day. that help?', 'organizational skills'],
        ['I dispatch trucks, i juggle 40 drivers a day. would that help?', 'organizational skills'],
        ['Would my finance background be useful? I noticed the CMC covers financial issues.', 'financial issues among what the CMC covers'],
        ['I do admin and paperwork for a law firm, does that count?', 'documentation'],
      ];
      for (const [said, skill] of cases) {
        const replies = await start().say(said);
        const text = readable(shownText(replies));
        expect(text, said).to.include(readable(Messages.experienceNotSaid.skillOfTheGuide('\u0000').split('\u0000')[0]!));
        expect(text, said).to.include(skill);
        expect(text, said).to.include(readableOpening('gaining-experience'));
        expectChannelSafe(channelId, replies, said);
      }
      // Leadership told of work outside care keeps its own lead; care work, a place outside care and volunteering keep theirs.
      expect(readable(shownText(await start().say('i was foreman 40 men. leadership count?')))).to.include(readable(Messages.experienceNotSaid.managing));
      expect(shownText(await start().say('i worked in a hospital as a porter for 5 years, does that count?'))).to.match(/^Yes: the guide names hospitals/);
      expect(shownText(await start().say('I work in a library, does that count?'))).to.match(/^Library work isn't work in health or social services/);
      expect(shownText(await start().say('does volunteering count?'))).not.to.include("It helps with the skills");
    });

    it('the level they would start at, asked with years of other work ("With 14 years as an RN, would I start at mid-level pay or entry?"), joins their years to the guide\'s levels', async () => {
      const cases: ReadonlyArray<readonly [string, string]> = [
        ['With 14 years as an RN, would I start at mid-level pay or entry?', '14 years'],
        ["I've been a nurse for 10 years, would I start as a junior care manager or higher?", '10 years'],
        ['20 yrs in social work, which level would i start at?', '20 years'],
      ];
      for (const [said, years] of cases) {
        const replies = await start().say(said);
        const text = readable(shownText(replies));
        expect(text, said).to.include(readable(Messages.beyond.startingLevel(years)));
        expect(text, said).to.include(readableOpening('salary'));
        expectChannelSafe(channelId, replies, said);
      }
      // Asked with no years of their own, the level's own answer.
      expect(readable(shownText(await start().say('would I start at entry level')))).not.to.include(readable(Messages.beyond.startingLevel('').slice(0, 60)));
    });

    it('whether they may join a professional organization ("Can I join CMSA without degree?") starts with the plain "the guide doesn\'t say"', async () => {
      for (const said of ['Hmm maybe I not go for degree. Can I join CMSA without degree?', 'do I need a degree to join the ACMA', 'can students join cmsa']) {
        const replies = await start().say(said);
        expect(shownText(replies), said).to.match(/^The guide doesn't give membership requirements/);
        expect(readable(shownText(replies)), said).to.include(readableOpening('professional-organizations'));
        expectChannelSafe(channelId, replies, said);
      }
      for (const said of ['what is the CMSA', 'should I join a professional organization', 'what are the benefits of joining CMSA']) {
        const replies = await start().say(said);
        expect(shownText(replies), said).not.to.include(Messages.beyond.membership);
        expect(readable(shownText(replies)), said).to.include(readableOpening('professional-organizations'));
      }
    });

    it('one group or condition named keeps its one area\'s answer; hello and hi keep the greeting', async () => {
      const cases: ReadonlyArray<readonly [string, string]> = [
        ['which specialty is for older people', 'geriatric'],
        ['which specialty is for diabetes', 'chronic-disease'],
        ['what kind of care manager works with children', 'pediatric'],
      ];
      for (const [said, id] of cases) {
        const replies = await start().say(said);
        expect(readable(shownText(replies)), said).to.include(readableOpening(id));
        expect(shownText(replies), said).not.to.include(Messages.direct.areasBothFit(2));
      }
      for (const said of ['hello', 'hi']) expectShown(await start().say(said), Messages.chat.greeting);
    });
  });
}
