// The Teams package promises commands (the list Teams shows as you type); these tests hold the bot to that promise,
// sending each one as Teams would: plain in a personal chat, after an @mention in a channel or group chat.
import { expect } from 'chai';
import type { App } from '../../bot/app';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { buildManifest } from '../../deploy/teams/manifest';
import { loadTeamsEnv } from '../../deploy/teams/teamsEnv';
import { activity, post, replyText, startTestApp, type PostResult } from '../support/http';

const BOT = { id: 'bot', name: 'Care Manager Career Bot' };
const MANIFEST = buildManifest(loadTeamsEnv({ MicrosoftAppId: '6b7e2c1a-3f4d-4e5a-9b8c-0d1e2f3a4b5c', BOT_DOMAIN: 'bot.example.com', TEAMS_WEBSITE_URL: 'https://www.contoso.org/careers', TEAMS_PRIVACY_URL: 'https://care-manager-bot.azurewebsites.net/privacy', TEAMS_TERMS_URL: 'https://www.contoso.org/terms' }));
const LISTS = MANIFEST.bots?.[0]?.commandLists ?? [];
const commandsFor = (scope: 'personal' | 'team' | 'groupChat') => LISTS.find((list) => list.scopes.includes(scope))?.commands ?? [];

/** Replies that mean "I did not understand": a manifest command must never get one of these. */
const NOT_UNDERSTOOD = [
  Messages.noneOfTheseReply,
  Messages.noneOfTheseNoQuestion,
  Messages.noMatch,
  Messages.outOfScope,
  Messages.rephrase,
  Messages.empty,
  Messages.didYouMean,
  Messages.errors.somethingWentWrong,
];

/** How to recognise each command's answer (the bot's own strings where it has them); a new command needs a line here. */
const EXPECTED_ANSWER: Readonly<Record<string, (text: string) => boolean>> = {
  help: (text) => text.includes(Messages.helpTeams) || text.includes(Messages.help),
  menu: (text) => text.includes(Messages.menu),
  'career steps': (text) => text.includes(GuidedMessages.steps.heading(1, 10)),
  'choose a specialty': (text) => text.includes(GuidedMessages.specialisation.audienceQuestion),
  'my roadmap': (text) => text.includes(GuidedMessages.roadmap.educationQuestion),
  salary: (text) => /salary/i.test(text),
  'how long': (text) => /\byears?\b/i.test(text),
  certification: (text) => /certif/i.test(text),
  'start over': (text) => text.includes(Messages.startOver),
  cancel: (text) => text.includes(Messages.nothingToCancel) || text.includes(Messages.cancelled),
};

function teamsMessage(text: string, scope: 'personal' | 'channel' | 'groupChat'): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  const inGroup = scope !== 'personal';
  const base = activity({ type: 'message', channelId: 'msteams', recipient: BOT }, { channelId: 'msteams' });
  const conversation = typeof base.conversation === 'object' && base.conversation !== null ? base.conversation : {};
  return {
    ...base,
    text: inGroup ? `${mention} ${text}` : text,
    entities: inGroup ? [{ type: 'mention', text: mention, mentioned: BOT }] : [],
    conversation: { ...conversation, conversationType: scope, isGroup: inGroup },
    channelData: { tenant: { id: 'tenant-1' }, ...(scope === 'channel' ? { team: { id: 'team-1' }, channel: { id: 'channel-1' } } : {}) },
  };
}

function expectUnderstood(result: PostResult, command: string, what: string): void {
  expect(result.status, what).to.equal(200);
  expect(result.replies.length, `${what}: no reply`).to.be.greaterThan(0);
  const text = replyText(result);
  for (const sentence of NOT_UNDERSTOOD) expect(text, `${what}: answered "${sentence.slice(0, 40)}..."`).not.to.include(sentence);
  const isExpected = EXPECTED_ANSWER[command];
  expect(isExpected, `"${command}" is in the manifest but EXPECTED_ANSWER does not say how to recognise its answer`).to.be.a('function');
  expect(isExpected?.(text), `${what}: not the expected answer; got ${text.slice(0, 160)}`).to.equal(true);
}

describe('deploy/teams: the commands the Teams app lists are understood by the bot', () => {
  let started: App | undefined;
  const app = { get url(): string {
    if (!started) throw new Error('the bot did not start (see the "before all" hook)');
    return started.url;
  } };
  before(async () => {
    started = await startTestApp();
  });
  after(async () => {
    await started?.close();
  });

  it('welcomes a user who installs the app in a personal chat (installationUpdate), once', async () => {
    const ids = { conversationId: `install-${Date.now()}` };
    const install = () =>
      activity(
        {
          type: 'installationUpdate',
          action: 'add',
          channelId: 'msteams',
          recipient: BOT,
          conversation: { id: ids.conversationId, conversationType: 'personal' },
          channelData: { tenant: { id: 'tenant-1' } },
        },
        { channelId: 'msteams', conversationId: ids.conversationId },
      );
    const first = await post(app.url, install());
    expect(first.status).to.equal(200);
    expect(replyText(first)).to.include(Messages.welcome);
    const again = await post(app.url, install());
    expect(replyText(again)).not.to.include(Messages.welcome);
  });

  it('recognises a not-understood reply to gibberish, so the command checks can fail', async () => {
    const result = await post(app.url, teamsMessage('zzqx vvbn', 'personal'));
    const text = replyText(result);
    expect(NOT_UNDERSTOOD.some((sentence) => text.includes(sentence))).to.equal(true);
  });

  for (const command of commandsFor('personal')) {
    it(`answers "${command.title}" in a personal chat`, async () => {
      expectUnderstood(await post(app.url, teamsMessage(command.title, 'personal')), command.title, command.title);
    });
  }

  for (const command of commandsFor('team')) {
    it(`answers "@bot ${command.title}" in a channel`, async () => {
      expectUnderstood(await post(app.url, teamsMessage(command.title, 'channel')), command.title, `@bot ${command.title}`);
    });
  }

  for (const command of commandsFor('groupChat')) {
    it(`answers "@bot ${command.title}" in a group chat`, async () => {
      expectUnderstood(await post(app.url, teamsMessage(command.title, 'groupChat')), command.title, `@bot ${command.title}`);
    });
  }
});
