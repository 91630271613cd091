import WebSocket from 'ws';
import { createApp } from './bot/app';
import { loadConfig } from './bot/config';
import { createSilentLogger } from './bot/logger';
async function main() {
  const app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'memory' }), { logger: createSilentLogger() });
  const tok = await (await fetch(app.url + '/api/directline/token', { method: 'POST' })).json() as { token: string; conversationId: string };
  const conv = await (await fetch(app.url + '/v3/directline/conversations', { method: 'POST', headers: { authorization: 'Bearer ' + tok.token } })).json() as { streamUrl: string };
  const ws = new WebSocket(conv.streamUrl);
  let t0 = 0; const times: string[] = [];
  ws.on('message', (d) => { const s = d.toString(); if (s && t0) times.push(`${(performance.now() - t0).toFixed(1)}:${s.includes('"role":"user"') ? 'echo' : 'bot'}`); });
  await new Promise((r) => ws.once('open', r));
  await new Promise((r) => setTimeout(r, 300));
  for (const q of ['how long does it take', 'what degree do I need', 'salary?', 'ccm cert', 'is it stressful', 'how long does it take', 'what degree do I need', 'salary?']) {
    times.length = 0; t0 = performance.now();
    const res = await fetch(`${app.url}/v3/directline/conversations/${tok.conversationId}/activities`, { method: 'POST', headers: { authorization: 'Bearer ' + tok.token, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: q, from: { id: 'x' } }) });
    await res.text();
    const post = (performance.now() - t0).toFixed(1);
    await new Promise((r) => setTimeout(r, 100));
    console.log(q, 'post', post, times.join(' '));
  }
  ws.close(); await app.close();
}
main();
