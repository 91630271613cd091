import { z } from 'zod';

/** Longest text kept from one message: the bot searches a bounded prefix anyway; this only bounds memory. */
export const MAX_ACTIVITY_TEXT = 20_000;

const shortText = (max: number) => z.string().max(max, `must be at most ${max} characters`);

const ChannelAccountSchema = z.object({
  id: shortText(256).optional(),
  name: shortText(256).optional(),
  role: shortText(32).optional(),
});

const AttachmentSchema = z.object({
  contentType: shortText(256),
  contentUrl: shortText(2048).optional(),
  content: z.unknown().optional(),
  name: shortText(256).optional(),
  thumbnailUrl: shortText(2048).optional(),
});

/**
 * What a Direct Line client may post as an activity. Unknown fields are dropped; the server sets ids, conversation,
 * recipient, channel and timestamps itself, so a client cannot speak for the bot or another conversation.
 */
export const ClientActivitySchema = z.object({
  type: z.string().regex(/^[A-Za-z][A-Za-z0-9/]{0,63}$/, 'must be an activity type such as "message", "typing" or "event"'),
  text: shortText(MAX_ACTIVITY_TEXT).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: shortText(32).optional(),
  localTimestamp: shortText(64).optional(),
  localTimezone: shortText(64).optional(),
  name: shortText(256).optional(),
  value: z.unknown().optional(),
  from: ChannelAccountSchema.optional(),
  attachments: z.array(AttachmentSchema).max(10, 'must have at most 10 attachments').optional(),
  entities: z.array(z.object({ type: shortText(128) }).passthrough()).max(20, 'must have at most 20 entities').optional(),
  channelData: z.record(z.unknown()).optional(),
  replyToId: shortText(256).optional(),
});
export type ClientActivity = z.infer<typeof ClientActivitySchema>;

/**
 * What the bot (through its connector client) sends back. Kept loose, as the bot is trusted, but shaped so a reply
 * always has a type and stays inside the conversation it was posted to.
 */
export const BotActivitySchema = z
  .object({
    type: z.string().min(1, 'must not be empty'),
  })
  .passthrough();

/** Direct Line's `{ error: { code, message } }` body. */
export interface DirectLineError {
  error: { code: string; message: string };
}

export function directLineError(code: string, message: string): DirectLineError {
  return { error: { code, message } };
}

/** "text: must be at most 20000 characters; type: Required", for a 400 a person can act on. */
export function describeIssues(error: z.ZodError, root: string): string {
  return error.issues
    .map((issue) => `${[root, ...issue.path].join('.')}: ${issue.message}`)
    .slice(0, 5)
    .join('; ');
}
