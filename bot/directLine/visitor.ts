import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The ids this server gives web chat users: "dl_" (Azure-issued tokens) or "user_" (the local Direct Line), then random. */
const VISITOR_ID = /^(?:dl|user)_[A-Za-z0-9_-]{16,24}$/;

/**
 * Lets a returning browser keep its user id, so a walk through the steps (saved per user) resumes after a reload or
 * another day. The page stores a ticket, "<userId>.<HMAC of it>", in localStorage and shows it when it asks for the
 * next token; only tickets this server signed are honoured, so a page cannot pick someone else's id.
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
export function createVisitorTickets(secret: string | undefined): VisitorTickets {
  const key = secret ? createHmac('sha256', secret).update('care-manager-bot visitor ticket').digest() : randomBytes(32);
  const sign = (userId: string): Buffer => createHmac('sha256', key).update(userId).digest();
  return {
    ticketFor(userId) {
      return `${userId}.${sign(userId).toString('base64url')}`;
    },
    userIdOf(ticket) {
      if (typeof ticket !== 'string' || ticket.length > 200) return null;
      const dot = ticket.lastIndexOf('.');
      const userId = ticket.slice(0, dot);
      if (dot < 0 || !VISITOR_ID.test(userId)) return null;
      const given = Buffer.from(ticket.slice(dot + 1), 'base64url');
      const expected = sign(userId);
      return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
    },
  };
}
