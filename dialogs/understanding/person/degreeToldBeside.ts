/**
 * A degree of the writer's told beside another question, with "if that matters" ("Would 7 years of fostering count as
 * experience? I also have a bachelor's in communications if that matters."): an ask of its own that the reply to the
 * other question leaves out (tester ut36a, P10 m7). Pure reader.
 */
import { clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';
import { heldDegreeField } from './experienceCounts';

/** Asking whether what was just told matters: "if that matters", "in case it helps", "does that help at all?". */
const MATTERS =
  /\b(?:if|in case|incase) (?:that|it|this) (?:matters|counts|helps|makes a difference|is relevant|s relevant|changes anything)\b|\b(?:does|would|will|could) (?:that|it|this) (?:matter|count|help|make a difference|change anything)\b|\bis (?:that|it|this) (?:any use|of any use|relevant|useful|worth anything)\b|\bfor what it s worth\b|\bfwiw\b/;

/** Having only that degree, told as a worry: "I only have my ADN, not a BSN", "just an associate's". */
const ONLY_THAT = /\b(?:i )?(?:only|just) (?:have|got|hold)? ?(?:my |an? )?(?:adn|associate s|associates|associate degree|aa|aas)\b/;

/** An associate degree named: the guide speaks of bachelor's and master's degrees only. */
const ASSOCIATE = /\b(?:adn|associate s|associates|associate degree|aas)\b/;

/** True when the message tells, as a worry or beside a question, that the writer's degree is an associate degree. */
export function associateToldBeside(text: string): boolean {
  const said = normalise(text);
  return ONLY_THAT.test(said) || (ASSOCIATE.test(said) && clausesOf(text).some((clause) => MATTERS.test(normalise(clause))));
}

/** The field of a degree the writer tells in a clause that asks whether it matters; null when no clause does. */
export function degreeToldBeside(text: string): string | null {
  const clauses = [...clausesOf(text)];
  for (const [i, clause] of clauses.entries()) {
    const said = normalise(clause);
    if (!MATTERS.test(said)) continue;
    // "I have a BA in psychology, does that help?": the degree may be told in the clause before.
    const field = heldDegreeField(said.replace(new RegExp(MATTERS.source, 'g'), ' ')) ?? (i > 0 ? heldDegreeField(clauses[i - 1]!) : null);
    if (field !== null) return field;
  }
  return null;
}
