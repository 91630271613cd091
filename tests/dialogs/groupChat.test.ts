import { ActivityTypes, CardFactory, Channels, type Activity, type Mention } from 'botbuilder';
import { expect } from 'chai';
import { EMPTY_PROFILE, type UserProfile } from '../../dialogs/deps';
import { FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { expectShown, sameBotConversation, startGuided, stepShown } from './guidedHarness';
import { AdaptiveSchema, type Conversation } from './transcript';

/**
 * Teams group chats and channels (issue 16, point 2): each person's walk, choices, ratings and profile are their own,
 * and replies address the person who wrote. Two people in one group conversation, on one bot and one storage.
 */

const GROUP = 'group-1';
const QUESTION = 'How long does it take to become a care manager?';

async function profileOf(chat: Conversation, userId: string): Promise<UserProfile> {
  const key = `${chat.channelId}/users/${userId}/`;
  const stored: unknown = (await chat.storage.read([key]))[key];
  const profile: unknown = typeof stored === 'object' && stored !== null && 'profile' in stored ? stored.profile : undefined;
  return { ...EMPTY_PROFILE, ...(typeof profile === 'object' && profile !== null ? profile : {}) };
}

function mentionsOf(activity: Partial<Activity> | undefined): Mention[] {
  return (activity?.entities ?? []).filter((entity): entity is Mention => entity.type === 'mention');
}

/** Where a reply @mentions someone: its text, or, for a reply that is one Adaptive Card, the card's first line. */
function addressOf(activity: Partial<Activity> | undefined): { text: string; mentions: Mention[] } {
  const card = activity?.attachments?.[0];
  if (!activity?.text && card && card.contentType === CardFactory.contentTypes.adaptiveCard) {
    const content = AdaptiveSchema.parse(card.content);
    return { text: content.body[0]?.text ?? '', mentions: content.msteams?.entities ?? [] };
  }
  return { text: activity?.text ?? '', mentions: mentionsOf(activity) };
}

describe('two people in one Teams group conversation', () => {
  for (const conversationType of ['groupChat', 'channel'] as const) {
    describe(`in a ${conversationType}`, () => {
      function people(): { ann: Pick<Conversation, 'say' | 'click'>; ben: Pick<Conversation, 'say' | 'click'>; chat: Conversation } {
        const chat = startGuided({ channelId: Channels.Msteams, conversationType, conversationId: GROUP, userId: 'ann' });
        return { chat, ann: sameBotConversation(chat, 'ann', GROUP, conversationType), ben: sameBotConversation(chat, 'ben', GROUP, conversationType) };
      }

      it('keeps each person\'s walk their own: one person\'s "next" does not move the other\'s walk or mark their profile', async () => {
        const { chat, ann, ben } = people();
        expect(stepShown(await ann.say('step 3'))).to.equal(3);
        expect(stepShown(await ben.say(FlowPhrases.careerSteps)), "Ben starts his own walk, not Ann's").to.equal(1);
        expect(stepShown(await ann.say('next')), "Ann's next").to.equal(4);
        expect(stepShown(await ben.say('next')), "Ben's next").to.equal(2);
        expect(stepShown(await ann.say('repeat')), "Ann's walk stayed where she left it").to.equal(4);
        const [annProfile, benProfile] = [await profileOf(chat, 'ann'), await profileOf(chat, 'ben')];
        expect(annProfile).to.include({ lastStep: 4 });
        expect(annProfile.completedSteps).to.deep.equal([3]);
        expect(benProfile).to.include({ lastStep: 2 });
        expect(benProfile.completedSteps).to.deep.equal([1]);
      });

      it('keeps one person\'s flow out of the other\'s way: Ben\'s question is answered while Ann\'s walk waits', async () => {
        const { ann, ben } = people();
        await ann.say('step 5');
        const replies = await ben.say(QUESTION);
        expect(stepShown(replies)).to.equal(null);
        expect(replies.map((reply) => reply.text ?? '').join('\n')).not.to.include(Messages.chat.thanks);
        expect(stepShown(await ann.say('next'))).to.equal(6);
      });

      it('rates only what the person who complains was answered', async () => {
        const { chat, ann, ben } = people();
        await ann.say(QUESTION);
        const replies = await ben.say('that was not helpful at all');
        expectShown(replies, Messages.complaintNothingAnswered);
        expect((await chat.feedback()).ratings).to.deep.equal({});
      });

      it('welcomes the whole chat on install: how to reach the bot and the commands, once, and nothing personal', async () => {
        const { chat, ann } = people();
        // Ann has progress of her own from a personal chat; the group must not hear about it.
        await sameBotConversation(chat, 'ann', 'ann-personal').say('step 4');
        const welcome = await ann.say({ type: ActivityTypes.InstallationUpdate, action: 'add' });
        expect(welcome).to.have.length(1);
        const text = welcome[0]?.text ?? '';
        for (const line of Messages.teamWelcome.commands) expect(text.split(line), line).to.have.length(2);
        expect(text).to.include(Messages.teamWelcome.intro).and.not.include(Messages.welcomeBack.greeting).and.not.include('step 4');
        expect(welcome[0]?.attachments ?? [], 'no buttons repeating the commands').to.have.length(0);
        expect(await ann.say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot-id', name: 'CareBot' }] }), 'welcomed once').to.have.length(0);
      });

      it('addresses each reply to the person who wrote, with a Teams @mention', async () => {
        const { ann, ben } = people();
        const toAnn = await ann.say(QUESTION);
        // An answer in a shared chat is one Adaptive Card; the mention is its first line, so it stays one message.
        expect(toAnn).to.have.length(1);
        expect(addressOf(toAnn[0]).text).to.equal('<at>ann</at>');
        expect(addressOf(toAnn[0]).mentions).to.deep.equal([{ type: 'mention', mentioned: { id: 'ann', name: 'ann' }, text: '<at>ann</at>' }]);
        const toBen = await ben.say('step 2');
        expect(addressOf(toBen[0]).text).to.equal('<at>ben</at>');
        expect(addressOf(toBen[0]).mentions[0]?.mentioned.id).to.equal('ben');
        const thanks = await ben.say('thanks');
        expect(thanks[0]?.text, 'a text reply starts with the mention').to.match(/^<at>ben<\/at> /);
        expect(mentionsOf(thanks[0])[0]?.mentioned.id).to.equal('ben');
        expect(stepShown(toBen)).to.equal(2);
      });
    });
  }

  it('lets a group conversation saved before flows were per person carry on: the first person to speak takes up the walk', async () => {
    const chat = startGuided({ channelId: Channels.Msteams, conversationId: 'old-group', userId: 'ann' });
    // Saved in the old shape: the walk in the conversation's own state.
    expect(stepShown(await chat.say('step 6'))).to.equal(6);
    const ann = sameBotConversation(chat, 'ann', 'old-group', 'groupChat');
    const ben = sameBotConversation(chat, 'ben', 'old-group', 'groupChat');
    expect(stepShown(await ann.say('next'))).to.equal(7);
    expect(stepShown(await ben.say('next')), "Ben gets his own walk, from the start").to.equal(1);
    expect(stepShown(await ann.say('next'))).to.equal(8);
  });

  it('does not @mention anyone in a one-to-one chat', async () => {
    const chat = startGuided({ channelId: Channels.Msteams });
    const replies = await chat.say(QUESTION);
    expect(replies[0]?.text ?? '').not.to.include('<at>');
    expect(mentionsOf(replies[0])).to.deep.equal([]);
  });
});
