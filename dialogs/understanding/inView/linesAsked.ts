/**
 * The lines of the answer in view that answer a follow-up asked of what it says (session 33): which experience it
 * names, what the thing shows, a requirement its list names, a thing asked to be one of those it lists. Read by the
 * part of the answer in view (listInView.ts partInView), so the reply leads with "From the answer above on ...".
 */
import { asksWhichExperience, saysWhichExperience } from './experienceInView';
import { namesTheThingAsked } from './oneOfTheList';
import { saysRequirementAsked } from './requirementInView';
import { asksWhatItShows, asksWhyGetIt, SAYS_ITS_WORTH, SAYS_WHAT_IT_SHOWS } from './worthAsked';

const LIST_LINE = /^\s*[-*] /;

/** A test of each line of the answer in view: true for a line that answers what the message asks of it. */
export function lineAnswering(message: string): (line: string) => boolean {
  const which = asksWhichExperience(message);
  const shows = asksWhatItShows(message);
  const why = asksWhyGetIt(message);
  return (line) => (which && saysWhichExperience(line)) || (shows && SAYS_WHAT_IT_SHOWS.test(line)) || (why && SAYS_ITS_WORTH.test(line)) || (LIST_LINE.test(line) && (saysRequirementAsked(message, line) || namesTheThingAsked(message, line)));
}
