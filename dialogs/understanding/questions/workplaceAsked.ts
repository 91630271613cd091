/**
 * A practical side of the workplace the guide never speaks of, asked of the job: what care managers wear ("do care
 * managers wear a uniform?", "is there a dress code", "scrubs or normal clothes?") and whether the job takes a car or
 * travel ("do i need a car for this job", "do they drive around to clients a lot?"). The words alone got "I don't have
 * an answer" or, for "what do care managers wear to work", the stress answer; the guide's work environment (where they
 * work, the hours, how demanding it is) is what it does say of the workplace (rendering/beyond/silenceReplies.ts). Pure.
 */
import { normalise } from '../core/textMatch';

/** The two sides of the workplace the guide is silent on. */
export type WorkplaceThing = 'dress' | 'travel';

/** Clothes and appearance at work: a uniform, a dress code, scrubs, business casual, what one wears, tattoos shown. */
const DRESS =
  /\b(?:uniforms?|dress codes?|scrubs|business casual|smart casual|(?:formal|work|street|normal|regular|own|casual|nice) clothes|(?:wear|wears|wearing) (?:a |their |your |my |own |normal |regular |street |nice )?(?:suit|suits|tie|clothes|jeans|sneakers|trainers|lanyard|badge)|what (?:do|does|would|will|should|can|must) (?:care managers|case managers|a care manager|they|you|i|we|one) (?:have to |need to |usually |normally |typically |actually )?wear|(?:have|has|need|needs) to (?:dress|wear)|dress (?:up|smart\w*|formal\w*|professional\w*|casual\w*|nicely)|how (?:do|does|should|would) (?:care managers|they|you|i|a care manager) dress|(?:visible |cover(?: up)? )?tattoos|piercings)\b/;
/** A car, driving or travel asked of the job ("do i need a car", "do they travel a lot", "a lot of driving?"). */
const TRAVEL =
  /\b(?:need|needs|have|has|require|requires|required|own) (?:to have |to own )?(?:a |an |your own |my own |their own )?(?:car|vehicle|drivers? licen[cs]e|driver s licen[cs]e|driving licen[cs]e)\b|\b(?:have|has|need|needs) to (?:drive|travel)\b|\b(?:travel|traveling|travelling|drive|driving) (?:a lot|much|often|lots|around|far|between|from (?:home|house) to|to (?:patients|clients|homes|people s homes|their homes|visits)|for (?:the )?(?:work|job))\b|\b(?:lot|lots|much|amount) of (?:travel\w*|driving|miles|mileage)\b|\bmileage\b|\bon the road (?:a lot|much|all day)\b/;
/** Asked, not told: a question mark or a word that asks. */
const ASKS = /\b(?:do|does|did|is|are|will|would|can|could|should|any|how|what|which|must)\b/;
/** The writer's own driving or clothes told as their work ("I drive a truck", "I wear scrubs all day"): not asked of the job. */
const TOLD_OF_ONESELF = /\bi (?:drive|drove|wear|wore|travel|travelled|traveled) (?:a |an |for |all |every |my )/;

/** The side of the workplace asked of the job that the guide never speaks of, or null. */
export function workplaceAsked(typed: string): WorkplaceThing | null {
  const said = normalise(typed);
  if (!(typed.includes('?') || ASKS.test(said)) || TOLD_OF_ONESELF.test(said)) return null;
  if (DRESS.test(said)) return 'dress';
  return TRAVEL.test(said) ? 'travel' : null;
}
