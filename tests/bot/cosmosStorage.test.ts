import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../bot/config';
import { createStorage, StateConflictError, StorageUnavailableError } from '../../bot/storage';
import { startFakeCosmos, type FakeCosmos } from '../support/fakeCosmos';

const KEY = Buffer.from('not-a-real-cosmos-key').toString('base64');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('Cosmos DB storage (offline: configuration, construction and a local stand-in for the REST API)', function () {
  this.timeout(20_000);

  it('is configured from COSMOS_* with defaults for database and container, and names what is missing', () => {
    const config = loadConfig({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_KEY: KEY });
    expect(config.storage).to.deep.equal({ kind: 'cosmos', endpoint: 'https://acct.documents.azure.com:443/', key: KEY, database: 'care-manager-bot', container: 'bot-state' });
    let problems: readonly string[] = [];
    try {
      loadConfig({ STORAGE: 'cosmos' });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems.join('\n')).to.contain('COSMOS_ENDPOINT').and.to.contain('COSMOS_KEY');
  });

  it('builds its client without touching the network (a start with Cosmos down does not fail)', () => {
    const storage = createStorage({ kind: 'cosmos', endpoint: 'https://127.0.0.1:1/', key: KEY, database: 'db', container: 'bot-state' });
    expect(storage.kind).to.equal('cosmos');
  });

  describe('against a container partitioned on /id', () => {
    let cosmos: FakeCosmos;
    before(async () => {
      cosmos = await startFakeCosmos({ partitionKeyPath: '/id' });
    });
    after(() => cosmos.close());

    it('reads nothing for a new key, writes, reads back with an eTag, and turns a stale eTag into StateConflictError', async () => {
      const storage = createStorage({ kind: 'cosmos', endpoint: cosmos.endpoint, key: KEY, database: 'db', container: 'bot-state' });
      expect(await storage.read(['emulator/conversations/c1/'])).to.deep.equal({});
      await storage.write({ 'emulator/conversations/c1/': { step: 1, eTag: '*' } });
      const first = (await storage.read(['emulator/conversations/c1/']))['emulator/conversations/c1/'];
      expect(first).to.include({ step: 1 });
      expect(first?.eTag).to.be.a('string');
      await storage.write({ 'emulator/conversations/c1/': { step: 2, eTag: first?.eTag } });
      const stale = await rejection(storage.write({ 'emulator/conversations/c1/': { step: 3, eTag: first?.eTag } }));
      expect(stale).to.be.instanceOf(StateConflictError);
      expect((await storage.read(['emulator/conversations/c1/']))['emulator/conversations/c1/']).to.include({ step: 2 });
    });
  });

  describe('against a container with another partition key', () => {
    let cosmos: FakeCosmos;
    before(async () => {
      cosmos = await startFakeCosmos({ partitionKeyPath: '/pk' });
    });
    after(() => cosmos.close());

    it('fails with a message that says the partition key must be /id and what to do', async () => {
      // Another database name: botbuilder-azure caches the container per database and container name, process-wide.
      const storage = createStorage({ kind: 'cosmos', endpoint: cosmos.endpoint, key: KEY, database: 'db-other-key', container: 'bot-state' });
      const error = await rejection(storage.read(['emulator/conversations/c1/']));
      expect(error).to.be.instanceOf(StorageUnavailableError);
      const message = error instanceof Error ? error.message : '';
      expect(message, message).to.contain('partition key must be /id');
      expect(message).to.contain('COSMOS_CONTAINER');
    });
  });
});
