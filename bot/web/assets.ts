import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';

/** A static file served from memory with a strong ETag. */
export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export const etagOf = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/** Sends a file with caching headers; a matching If-None-Match gets 304. */
export function sendAsset(req: Request, res: Response, asset: Asset, body: Buffer, cacheControl: string, gzip = false): void {
  const headers: Record<string, string | number> = {
    'Content-Type': asset.type,
    'Cache-Control': cacheControl,
    ETag: asset.etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(body);
}
