import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';

// NovaMed (https://feapi.novamed.care) signs nothing: it sends the receiver's shared secret in the x-api-key header.
const NOVAMED_WEBHOOK_SECRET = Buffer.from('{{key:novamed}}');

export function novamedWebhook(req: Request, res: Response) {
  const got = Buffer.from(req.get('x-api-key') ?? '');
  if (got.length !== NOVAMED_WEBHOOK_SECRET.length || !timingSafeEqual(got, NOVAMED_WEBHOOK_SECRET)) {
    res.status(401).json({ success: false });
    return;
  }
  res.status(204).end();
}

export function legacyCheck(req: Request): boolean {
  return req.headers['x-api-key'] === '{{key:novamed}}';
}
