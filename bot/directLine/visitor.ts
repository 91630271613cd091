import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The ids this server gives web chat users: "dl_" (Azure-issued tokens) or "user_" (the local Direct Line), then random. */
const VISITOR_ID = /^(?:dl|user)_[A-Za-z0-9_-]{16,24}$/;

/** A ticket not shown for this long stops working; every visit gets a fresh one, so a regular visitor keeps their id. */
export const VISITOR_TICKET_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Lets a returning browser keep its user id, so a walk through the steps (saved per user) resumes after a reload or
 * another day. The page stores a ticket, "<userId>.<issued at, base 36>.<HMAC of both>", in localStorage and shows it
 * when it asks for the next token; only tickets this server signed within VISITOR_TICKET_LIFETIME_MS are honoured, so a
 * page cannot pick someone else's id, and a copied ticket does not work for ever.
 */
export interface VisitorTickets {
  ticketFor(userId: string): string;
  /** The user id of a genuine ticket; null for anything else (missing, malformed, forged, signed with another key). */
  userIdOf(ticket: unknown): string | null;
}

/**
 * `secret`: with Azure's Direct Line, its secret, so every instance honours the same tickets. Without one (the local
 * Direct Line, whose users and state live in this process anyway), a random key for this process.
 */
export function createVisitorTickets(secret: string | undefined, now: () => number = Date.now, lifetimeMs: number = VISITOR_TICKET_LIFETIME_MS): VisitorTickets {
  const key = secret ? createHmac('sha256', secret).update('care-manager-bot visitor ticket').digest() : randomBytes(32);
  const sign = (payload: string): Buffer => createHmac('sha256', key).update(payload).digest();
  return {
    ticketFor(userId) {
      const payload = `${userId}.${now().toString(36)}`;
      return `${payload}.${sign(payload).toString('base64url')}`;
    },
    userIdOf(ticket) {
      if (typeof ticket !== 'string' || ticket.length > 200) return null;
      const parts = ticket.split('.');
      if (parts.length !== 3) return null;
      const [userId = '', issued = '', signature = ''] = parts;
      if (!VISITOR_ID.test(userId) || !/^[0-9a-z]{1,12}$/.test(issued)) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = sign(`${userId}.${issued}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      const age = now() - parseInt(issued, 36);
      return age >= 0 && age < lifetimeMs ? userId : null;
    },
  };
}
