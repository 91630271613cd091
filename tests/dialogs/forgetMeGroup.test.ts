import { Channels } from 'botbuilder';
import { expect } from 'chai';
import { isListable } from '../../bot/listing';
import type { UserProfile } from '../../dialogs/deps';
import { Messages } from '../../dialogs/rendering/core/messages';
import { sameBotConversation, startGuided, stepShown } from './guidedHarness';
import type { Conversation } from './transcript';

const GROUP = 'forget-group';

async function lastStepOf(chat: Conversation, userId: string): Promise<number | null> {
  const key = `${chat.channelId}/users/${userId}/`;
  const profile: Partial<UserProfile> | undefined = (await chat.storage.read([key]))[key]?.profile;
  return profile?.lastStep ?? null;
}

function textOf(replies: ReadonlyArray<{ text?: string }>): string {
  return replies.map((reply) => reply.text ?? '').join('\n');
}

describe('"forget me" in a Teams group chat', () => {
  it('deletes only the asker\'s progress and their part of the chat, and only on their own "yes"', async () => {
    const chat = startGuided({ channelId: Channels.Msteams, conversationType: 'groupChat', conversationId: GROUP, userId: 'ann' });
    const ann = sameBotConversation(chat, 'ann', GROUP, 'groupChat');
    const ben = sameBotConversation(chat, 'ben', GROUP, 'groupChat');
    const storage = chat.storage;
    if (!isListable(storage)) throw new Error('the test storage cannot list keys');
    expect(stepShown(await ann.say('step 3'))).to.equal(3);
    expect(stepShown(await ben.say('step 5'))).to.equal(5);

    expect(textOf(await ben.say('forget me'))).to.include('Delete everything I keep about you');
    // Ann's "yes" is hers (her walk moves on); it does not confirm Ben's deletion.
    expect(stepShown(await ann.say('yes'))).to.equal(4);
    expect(await lastStepOf(chat, 'ben')).to.equal(5);

    expect(textOf(await ben.say('yes'))).to.include(Messages.forgetMe.done(0).slice(0, 30));
    expect(await lastStepOf(chat, 'ben')).to.equal(null);
    expect(await storage.listKeys(`${chat.channelId}/conversations/${GROUP}/users/ben/`)).to.deep.equal([]);
    expect(await lastStepOf(chat, 'ann')).to.equal(4);
    expect(await storage.listKeys(`${chat.channelId}/conversations/${GROUP}/users/ann/`)).to.have.length(1);
    expect(stepShown(await ann.say('next')), "Ann's walk goes on").to.equal(5);
  });
});
