import { ActivityTypes, Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { MAX_ANSWER_MESSAGES } from '../../dialogs/rendering/core/entryReplies';
import { TEAMS_FEEDBACK_INVOKE } from '../../dialogs/teamsFeedback';
import { knowledge, startConversation, type Conversation } from './transcript';

/**
 * Teams' own thumbs up / down under an answer: the invoke it sends is recorded in the same feedback store as the Web
 * Chat buttons (what `npm run report` and /admin read), for the entry the rated message showed, once per person.
 */

const kb = knowledge();
const HOW_LONG = kb.faqById.get('how-long')!;
const SALARY_QUESTION = 'what does a care manager earn';
const CERTIFICATIONS = kb.faqById.get('certifications')!;

function feedback(reaction: 'like' | 'dislike', replyToId?: string, name: string = TEAMS_FEEDBACK_INVOKE): Partial<Activity> {
  return {
    type: ActivityTypes.Invoke,
    name,
    ...(replyToId ? { replyToId } : {}),
    value: { actionName: 'feedback', actionValue: { reaction, feedback: '{"feedbackText":"a comment"}' } },
  };
}

/** The one answer message a question gets, and its id. */
async function answerId(chat: Conversation, question: string): Promise<string> {
  const replies = await chat.say(question);
  expect(replies, question).to.have.length(1);
  return replies[0]!.id!;
}

function invokeStatus(replies: readonly Partial<Activity>[]): unknown {
  const response = replies.find((reply) => reply.type === ActivityTypes.InvokeResponse);
  return typeof response?.value === 'object' && response.value !== null ? Reflect.get(response.value, 'status') : undefined;
}

describe("Teams' native feedback on answers", () => {
  it('counts a thumbs up on an answer for its entry, answers the invoke 200 and sends no message', async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    const id = await answerId(chat, HOW_LONG.question);
    const replies = await chat.say(feedback('like', id));
    expect(invokeStatus(replies)).to.equal(200);
    expect(replies.filter((reply) => reply.type === ActivityTypes.Message)).to.have.length(0);
    expect((await chat.feedback()).ratings[HOW_LONG.id]).to.include({ helpful: 1, notHelpful: 0 });
  });

  it('rates the answer the person pressed, not the last one', async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    const first = await answerId(chat, HOW_LONG.question);
    await answerId(chat, SALARY_QUESTION);
    await chat.say(feedback('dislike', first));
    const { ratings } = await chat.feedback();
    expect(Object.keys(ratings)).to.deep.equal([HOW_LONG.id]);
    expect(ratings[HOW_LONG.id]).to.include({ helpful: 0, notHelpful: 1 });
  });

  it('counts one rating per answer per person, like the Web Chat buttons', async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    const id = await answerId(chat, HOW_LONG.question);
    await chat.say(feedback('like', id));
    const again = await chat.say(feedback('dislike', id));
    expect(invokeStatus(again)).to.equal(200);
    expect((await chat.feedback()).ratings[HOW_LONG.id]).to.include({ helpful: 1, notHelpful: 0 });
  });

  it('rates the last answer when the client names no message (the Agents Playground sends no replyToId)', async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    await answerId(chat, SALARY_QUESTION);
    await answerId(chat, HOW_LONG.question);
    await chat.say(feedback('like'));
    expect(Object.keys((await chat.feedback()).ratings)).to.deep.equal([HOW_LONG.id]);
  });

  it('counts nothing for a message it does not know (not an answer, or forgotten), and still answers 200', async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    const welcome = await chat.say({ type: ActivityTypes.InstallationUpdate, action: 'add' });
    const replies = await chat.say(feedback('like', welcome[0]!.id!));
    expect(invokeStatus(replies)).to.equal(200);
    expect((await chat.feedback()).ratings).to.deep.equal({});
  });

  it(`remembers the last ${MAX_ANSWER_MESSAGES} answers: an older one can no longer be rated`, async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    const oldest = await answerId(chat, SALARY_QUESTION);
    // Four questions in turn: an answer read in the last few turns is never sent again (rendering/core/recentAnswers.ts), so
    // each of these is an answer.
    const asked = [HOW_LONG, CERTIFICATIONS, kb.faqById.get('what-is-needed')!, kb.faqById.get('gaining-experience')!].map((entry) => entry.question);
    for (let i = 0; i < MAX_ANSWER_MESSAGES; i += 1) await answerId(chat, asked[i % asked.length]!);
    await chat.say(feedback('like', oldest));
    expect((await chat.feedback()).ratings).to.deep.equal({});
  });

  it('leaves other invokes to the Bot Framework default (501), and a malformed feedback value too', async () => {
    const chat = startConversation({ channelId: Channels.Msteams });
    const id = await answerId(chat, HOW_LONG.question);
    expect(invokeStatus(await chat.say(feedback('like', id, 'message/fetchTask')))).to.equal(501);
    expect(invokeStatus(await chat.say({ ...feedback('like', id), value: { actionName: 'feedback', actionValue: { reaction: 'love' } } }))).to.equal(501);
    expect((await chat.feedback()).ratings).to.deep.equal({});
  });

  it('puts the feedback control only on Teams answers; Web Chat keeps its Helpful / Not helpful buttons', async () => {
    const teams = await startConversation({ channelId: Channels.Msteams }).say(HOW_LONG.question);
    expect(teams[0]?.channelData).to.deep.equal({ feedbackLoop: { type: 'default' } });
    const web = await startConversation({ channelId: Channels.Webchat }).say(HOW_LONG.question);
    expect(web[0]?.channelData).to.equal(undefined);
  });
});
