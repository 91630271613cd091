import { normalise } from '../core/textMatch';

/**
 * The person putting right what the bot holds about them ("you have me down as a care coordinator, I'm a social
 * worker", "I'm a nurse, as I said"): a reader of words only; the turn router says the new job back when it differs
 * from the one kept (tester ut34c, msw #10: the correction was taken silently and the question answered alone).
 */
const PUTS_RIGHT =
  /\byou (?:have|ve got|got|put|wrote|listed|think|thought|said) (?:me|i m|i am) (?:down )?(?:as|was|am|m)\b|\b(?:as|like) i (?:said|told you|mentioned|wrote)\b|\bi (?:said|told you|already said) (?:that )?i (?:am|m|was|work)\b|\bi am not an? [a-z]+(?: [a-z]+)?,? i am\b/;

/** True when a message says the bot holds something wrong about the writer. */
export const putsSelfRight = (text: string): boolean => PUTS_RIGHT.test(normalise(text));
