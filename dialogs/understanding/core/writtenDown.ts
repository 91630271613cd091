/**
 * Writing things down, in the words the guide's search reads: "do they write it all down?" after the assessment asks of
 * the records a care manager keeps (the guide's documentation), which its search does not reach through "write down"
 * (session 36, followupsAT). Read into plain words (plainQuestion.ts) before the message is answered.
 */

/** "write it all down", "jot everything down", "note things down", "log it all", "put it all in writing". */
const WRITTEN_DOWN =
  /\b(?:write|writes|writing|wrote|jot|jots|jotting|note|notes|noting|put|puts|putting)\s+(?:it|that|this|them|things|everything|stuff|all that|all of it|all of that|it all|them all|every ?thing)(?:\s+all)?\s+(?:down|in writing|on paper)\b|\b(?:log|logs|logging)\s+(?:it all|everything|all of it|every ?thing|all that)\b/gi;

/** Asked of the bot ("can you write that down for me?") or said of the writer's own notes ("let me write that down"): nothing of the work. */
const ASKED_OF_THE_BOT = /\b(?:can|could|would|will|pls|please)\s+(?:you|u)\b|\bfor me\b|\b(?:let me|i ll|i will|gonna|going to)\b/i;

/** The message with writing things down said as keeping records of them. */
export const writtenDownAsRecords = (raw: string): string => (ASKED_OF_THE_BOT.test(raw) ? raw : raw.replace(WRITTEN_DOWN, 'keep records of it'));
