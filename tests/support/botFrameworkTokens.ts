import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { AuthenticationConstants } from 'botframework-connector';
import type { BotFrameworkEndpointSettings } from '../../bot/adapter';

/**
 * A stand-in for Bot Framework's token service, trusted by the bot only in tests: an OpenID metadata document and a
 * JWKS with one RSA key, served on 127.0.0.1, and tokens signed with that key the way the channels sign theirs
 * (RS256, issuer https://api.botframework.com, audience the bot's app id, serviceurl claim). botframework-connector
 * validates them with its real code: it fetches the metadata, picks the key by `kid`, checks endorsements, signature,
 * issuer, lifetime, audience and service URL.
 */
export interface LocalTokenService {
  /** Settings for createApp's botFrameworkEndpoints: the public cloud's, with the metadata URLs pointing here. */
  endpoints: BotFrameworkEndpointSettings;
  /** A token as a channel would send it; `claims` and `header` override the defaults. */
  token(options: { appId: string; serviceUrl: string; claims?: Record<string, unknown>; header?: Record<string, unknown>; key?: KeyObject }): string;
  /** Another private key, which the metadata does not list (for forged signatures). */
  strangerKey: KeyObject;
  close(): Promise<void>;
}

const KEY_ID = 'local-test-key';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export async function startLocalTokenService(channels: readonly string[] = ['msteams', 'directline', 'webchat']): Promise<LocalTokenService> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = publicKey.export({ format: 'jwk' });
  let base = '';
  const server: Server = createServer((req, res) => {
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/openid') send({ issuer: AuthenticationConstants.ToBotFromChannelTokenIssuer, jwks_uri: `${base}/keys` });
    else if (req.url === '/keys') send({ keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e, endorsements: [...channels] }] });
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    endpoints: {
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: `${base}/openid`,
      // Never used by these tokens; pointed here too so nothing can reach out to the internet.
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/openid`,
    },
    token({ appId, serviceUrl, claims = {}, header = {}, key = privateKey }) {
      const now = Math.floor(Date.now() / 1000);
      const fullHeader = { alg: 'RS256', typ: 'JWT', kid: KEY_ID, ...header };
      const payload = { iss: AuthenticationConstants.ToBotFromChannelTokenIssuer, aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...claims };
      const signingInput = `${base64url(JSON.stringify(fullHeader))}.${base64url(JSON.stringify(payload))}`;
      if (fullHeader.alg === 'none') return `${signingInput}.`;
      return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key).toString('base64url')}`;
    },
    strangerKey: stranger,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
