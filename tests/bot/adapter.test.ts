import { expect } from 'chai';
import type { Activity, TurnContext } from 'botbuilder';
import {
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
  type UserTokenClient,
} from 'botframework-connector';
import { ClientCachingAuthentication, CONNECTOR_CLIENT_CACHE_LIMIT, createAdapter, type CareerAdapter } from '../../bot/adapter';
import { createSilentLogger } from '../../bot/logger';
import { testConfig } from '../support/http';

function incoming(serviceUrl: string, conversation = 'adapter-test'): Activity {
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl,
    deliveryMode: 'expectReplies',
    conversation: { id: conversation, isGroup: false, name: '', conversationType: 'personal' },
    from: { id: 'user', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    id: 'a1',
    text: 'hello',
    timestamp: new Date(),
    localTimestamp: new Date(),
    localTimezone: '',
    callerId: '',
    label: '',
    valueType: '',
    listenFor: [],
  };
}

/** The connector and token clients a turn was given. */
async function clientsOfTurn(adapter: CareerAdapter, serviceUrl: string): Promise<{ connector: unknown; tokenClient: unknown }> {
  let seen: { connector: unknown; tokenClient: unknown } | undefined;
  await adapter.handleActivity('', incoming(serviceUrl), async (context: TurnContext) => {
    seen = { connector: context.turnState.get(adapter.ConnectorClientKey), tokenClient: context.turnState.get(adapter.UserTokenClientKey) };
  });
  if (!seen) throw new Error('the turn did not run');
  return seen;
}

/** An inner authentication whose connector factory fails the first time it is asked, then works. */
class FlakyAuthentication extends BotFrameworkAuthentication {
  creates = 0;

  async authenticateRequest(): Promise<AuthenticateRequestResult> {
    return { audience: 'aud', callerId: '', claimsIdentity: new ClaimsIdentity([], true), connectorFactory: this.createConnectorFactory() };
  }

  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return this.authenticateRequest();
  }

  createConnectorFactory(): ConnectorFactory {
    const outer = this;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string): Promise<ConnectorClient> {
        outer.creates += 1;
        if (outer.creates === 1) throw new Error('token endpoint unreachable');
        return new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: serviceUrl });
      }
    })();
  }

  createUserTokenClient(): Promise<UserTokenClient> {
    return Promise.reject(new Error('not used here'));
  }
}

describe('adapter: connector and token clients', () => {
  it('gives every turn for one service URL the same connector and token clients', async () => {
    const adapter = createAdapter(testConfig(), createSilentLogger());
    const first = await clientsOfTurn(adapter, 'https://smba.trafficmanager.net/emea/');
    const second = await clientsOfTurn(adapter, 'https://smba.trafficmanager.net/emea/');
    expect(first.connector).to.be.instanceOf(ConnectorClient);
    expect(second.connector).to.equal(first.connector);
    expect(second.tokenClient).to.equal(first.tokenClient);
  });

  it('gives another service URL its own connector client', async () => {
    const adapter = createAdapter(testConfig(), createSilentLogger());
    const emea = await clientsOfTurn(adapter, 'https://smba.trafficmanager.net/emea/');
    const amer = await clientsOfTurn(adapter, 'https://smba.trafficmanager.net/amer/');
    expect(amer.connector).not.to.equal(emea.connector);
  });

  it('keeps at most the configured number of clients, however many service URLs requests name', async () => {
    const auth = new ClientCachingAuthentication(new FlakyAuthentication());
    const factory = auth.createConnectorFactory(new ClaimsIdentity([], true));
    await factory.create('https://first.example/').catch(() => undefined);
    for (let i = 0; i < CONNECTOR_CLIENT_CACHE_LIMIT + 10; i++) await factory.create(`https://service-${i}.example/`);
    expect(auth.cachedClients.connectors).to.equal(CONNECTOR_CLIENT_CACHE_LIMIT);
  });

  it('asks again after a failed client creation instead of keeping the failure', async () => {
    const inner = new FlakyAuthentication();
    const auth = new ClientCachingAuthentication(inner);
    const factory = (await auth.authenticateRequest(incoming('https://x.example/'), '')).connectorFactory;
    if (!factory) throw new Error('no connector factory');
    let failure: unknown;
    await factory.create('https://x.example/').catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('token endpoint unreachable');
    const client = await factory.create('https://x.example/');
    expect(client).to.be.instanceOf(ConnectorClient);
    expect(await factory.create('https://x.example/')).to.equal(client);
    expect(inner.creates).to.equal(2);
  });
});
