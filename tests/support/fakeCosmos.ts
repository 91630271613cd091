import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Just enough of the Cosmos DB REST API, on 127.0.0.1, for botbuilder-azure's CosmosDbPartitionedStorage to read and
 * write documents: the account document, one container (with the partition key path given) and point reads and
 * upserts of documents, with eTags (If-Match answers 412 when stale). There is no Cosmos emulator on these machines.
 */
export interface FakeCosmos {
  endpoint: string;
  /** Requests seen, as "METHOD path". */
  requests: string[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

export async function startFakeCosmos(options: { partitionKeyPath: string }): Promise<FakeCosmos> {
  const documents = new Map<string, Record<string, unknown>>();
  const requests: string[] = [];
  let endpoint = '';
  let etags = 0;
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(`${req.method} ${path}`);
    const body = await readBody(req);
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-ms-request-charge': '1' });
      res.end(JSON.stringify(json));
    };
    const doc = /^\/dbs\/[^/]+\/colls\/[^/]+\/docs\/([^/]+)$/.exec(path);
    if (path === '/') {
      const location = { name: 'local', databaseAccountEndpoint: endpoint };
      send(200, {
        id: 'fake',
        _self: '',
        writableLocations: [location],
        readableLocations: [location],
        enableMultipleWriteLocations: false,
        userConsistencyPolicy: { defaultConsistencyLevel: 'Session' },
        systemReplicationPolicy: { minReplicaSetSize: 1, maxReplicasetSize: 1 },
        readPolicy: { primaryReadCoefficient: 1, secondaryReadCoefficient: 1 },
        queryEngineConfiguration: '{}',
      });
    } else if (/^\/dbs\/[^/]+\/colls\/[^/]+$/.test(path) && req.method === 'GET') {
      send(200, { id: 'container', _rid: 'AAAA', _self: 'dbs/AAAA/colls/AAAA/', partitionKey: { paths: [options.partitionKeyPath], kind: 'Hash', version: 2 } });
    } else if (options.partitionKeyPath !== '/id' && (doc || /\/docs$/.test(path))) {
      // What Cosmos answers when the partition key sent (the id) is not the container's.
      send(400, { code: 'BadRequest', message: "PartitionKey extracted from document doesn't match the one specified in the header." });
    } else if (doc && req.method === 'GET') {
      const found = documents.get(decodeURIComponent(doc[1] ?? ''));
      if (found) send(200, found);
      else send(404, { code: 'NotFound', message: 'Entity with the specified id does not exist in the system.' });
    } else if (/\/docs$/.test(path) && req.method === 'POST') {
      const incoming = JSON.parse(body) as Record<string, unknown>;
      const id = String(incoming.id);
      const existing = documents.get(id);
      const ifMatch = req.headers['if-match'];
      if (ifMatch && (!existing || existing._etag !== ifMatch)) {
        send(412, { code: 'PreconditionFailed', message: 'One of the specified pre-condition is not met.' });
        return;
      }
      etags += 1;
      const stored = { ...incoming, _etag: `"etag-${etags}"`, _rid: `r${etags}`, _ts: etags };
      documents.set(id, stored);
      send(existing ? 200 : 201, stored);
    } else {
      send(404, { code: 'NotFound', message: `The fake does not serve ${req.method} ${path}` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { endpoint, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
