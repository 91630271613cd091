import { expect } from 'chai';
import { chatActOf, readChat, type ChatAct } from '../../../../dialogs/understanding/core/conversation';
import { AT_ROOT, INTERPRETERS, understand, type Meaning, type Situation } from '../../../../dialogs/understanding/core/pipeline';
import { GROUP_MEANINGS, wordGroupOf, WORD_GROUPS, type WordGroup } from '../../../../dialogs/understanding/core/vocabulary';
import { knowledge } from '../../transcript';

const kb = knowledge();
const WALK: Situation = { place: 'walk', flow: 'careerSteps' };
const FLOW: Situation = { place: 'flow', flow: 'roadmap' };

/** The part of a Meaning a row checks: its kind and what it carries, without the message's own text. */
function summary(meaning: Meaning): string {
  switch (meaning.kind) {
    case 'command':
      return `command:${meaning.command}`;
    case 'flow':
      return `flow:${meaning.intent.flow}${meaning.intent.step ? `@${meaning.intent.step}` : ''}`;
    case 'navigate':
      return `navigate:${meaning.command.kind}${meaning.command.kind === 'goto' ? `@${meaning.command.step}` : ''}`;
    case 'chat':
      return `chat:${meaning.acts.join('+')}`;
    case 'question':
      return meaning.acts.length > 0 ? `question(after ${meaning.acts.join('+')}):${meaning.text}` : 'question';
    case 'number':
      return `number:${meaning.value}`;
    case 'compare':
      return `compare:${meaning.pair.join('+')}`;
    default:
      return meaning.kind;
  }
}

describe('the understanding pipeline', () => {
  it('asks its interpreters in a fixed order: commands, navigation, flows, comparisons, conversation (then questions)', () => {
    expect(INTERPRETERS.map(([name]) => name)).to.deep.equal(['commands', 'navigation', 'flows', 'comparisons', 'conversation']);
  });

  // Each row: the message, where it arrives, and what it means there.
  const rows: ReadonlyArray<readonly [string, Situation, string]> = [
    // Step questions with no walk running open the walk at that step, instead of being searched.
    ["what's step 5", AT_ROOT, 'flow:careerSteps@5'],
    ['whats step 5?', AT_ROOT, 'flow:careerSteps@5'],
    ['tell me about step five', AT_ROOT, 'flow:careerSteps@5'],
    ['skip to the certification step', AT_ROOT, 'flow:careerSteps@5'],
    ['go to step 7', AT_ROOT, 'flow:careerSteps@7'],
    ['what is the last step', AT_ROOT, 'flow:careerSteps@10'],
    ['where was I?', AT_ROOT, 'flow:careerSteps'],
    ['continue', AT_ROOT, 'flow:careerSteps'],
    ['next', AT_ROOT, 'flow:careerSteps'],
    ['go to college part time?', AT_ROOT, 'question'],
    ['what comes in the next step of my career', AT_ROOT, 'question'],
    // Conversation in clauses, in whatever order, and questions put to the bot about itself; a clause that asks, names a
    // subject, opens as a question does or is quoted keeps the message a question.
    ["that's a huge range, that doesn't tell me much", AT_ROOT, 'chat:complaint'],
    ['where do you get this from? are you guessing', AT_ROOT, 'chat:aboutSource+aboutSource'],
    ['are you a language model underneath', AT_ROOT, 'chat:aboutSource'],
    ['are you able to explain the ccm', AT_ROOT, 'question'],
    ['are you serious, what does it pay', AT_ROOT, 'question'],
    // One clause reader: a question word followed by who it is about tells ("what my son is getting into"), and a
    // goodbye after a remark is said too.
    ['good info, helped me understand what my son is getting into', AT_ROOT, 'chat:helpful+helpful'],
    ['ok thats really useful info, gonna send it to my sister who was asking', AT_ROOT, 'chat:helpful'],
    ["thanks i'll think about what you said, bye", AT_ROOT, 'chat:thanks+bye'],
    ['sorry im lost, can u say it simpler', FLOW, 'chat:sorry+confused'],
    ['im a nurse, would volunteering help me get there', AT_ROOT, 'question'],
    ['right. and for someone just starting out', AT_ROOT, 'question(after ack):for someone just starting out'],
    ["that's a huge range, what about seniors", AT_ROOT, 'question'],
    ["that's not what i asked, i wanted the hours", AT_ROOT, 'question(after complaint):i wanted the hours'],
    ["translate 'good morning, how are you' to tagalog", AT_ROOT, 'question'],
    ['thanks! now show me the steps', AT_ROOT, 'flow:careerSteps'],
    // A flow asked for after a sound, or in place of the one running ("stop. is there the ladder thing ...").
    ['ugh. update roadmap', AT_ROOT, 'flow:roadmap'],
    ['no not the steps, the salary levels', WALK, 'flow:salaryLadder'],
    ['stop. is there the ladder thing where it asks me questions?', WALK, 'flow:salaryLadder'],
    // A self-introduction that asks nothing is a remark, said back; with a question it is the question.
    ["i'm a social worker with a BSW, 4 yrs in child protection", AT_ROOT, 'chat:remark'],
    ["i'm a social worker with a BSW, 4 yrs in child protection, how long would it take me?", AT_ROOT, 'question'],
    ['4 years?? that cannot be right', AT_ROOT, 'chat:doubtsAnswer+complaint'],
    ['4 years?', AT_ROOT, 'question'],
    // Remarks that ask nothing, by their shape (remarks.ts): the career judged or liked, doubt at the answer, worry.
    ['sounds boring tbh', AT_ROOT, 'chat:judgesCareer'],
    ['hmm idk about this', AT_ROOT, 'chat:judgesCareer'],
    ['the job seems kinda tedious ngl', AT_ROOT, 'chat:judgesCareer'],
    ['sounds like my kind of job', AT_ROOT, 'chat:likesCareer'],
    ["that's not much money", AT_ROOT, 'chat:doubtsAnswer'],
    ['8 years?? wow', AT_ROOT, 'chat:doubtsAnswer'],
    ['really?', AT_ROOT, 'chat:doubtsAnswer'],
    ["i'm scared i won't be good enough", AT_ROOT, 'chat:doubtsSelf'],
    ["i don't think i could do it", AT_ROOT, 'chat:doubtsSelf'],
    ['hmm, sounds tough', AT_ROOT, 'chat:ack+judgesCareer'],
    ['is it boring', AT_ROOT, 'question'],
    ["i'm worried about the stress", AT_ROOT, 'question'],
    ['not great with computers, wondering if that is a problem', AT_ROOT, 'question(after complaint):wondering if that is a problem'],
    ["sounds boring, what's the weather", AT_ROOT, 'question'],
    ['9 to 5?', AT_ROOT, 'question'],
    // The same words mean the walk's own moves inside it.
    ["what's step 5", WALK, 'navigate:goto@5'],
    ['start over', WALK, 'navigate:restart'],
    ['stop', WALK, 'navigate:stop'],
    ['where was I', WALK, 'navigate:repeat'],
    // A bare yes is an answer the walk reads against what it asked last (a card: the next step).
    ['yes', WALK, 'chat:yes'],
    ['4', WALK, 'navigate:goto@4'],
    ['not really', WALK, 'chat:no'],
    ['cancel', WALK, 'command:cancel'],
    // A fresh start at the root; the flow's own first question inside a flow.
    ['start over', AT_ROOT, 'command:restart'],
    ["let's start over", AT_ROOT, 'command:restart'],
    ['start over', FLOW, 'restartFlow'],
    ['stop', AT_ROOT, 'command:cancel'],
    ['stop', FLOW, 'command:cancel'],
    ['help', FLOW, 'command:help'],
    // Conversation, everywhere.
    ['thanks, that is really helpful!', AT_ROOT, 'chat:thanks+helpful'],
    ['thank you, this was very useful', AT_ROOT, 'chat:thanks+helpful'],
    ['that was not helpful at all', AT_ROOT, 'chat:complaint'],
    ['that was not helpful at all', WALK, 'chat:complaint'],
    ['can I talk to a human', AT_ROOT, 'chat:askHuman'],
    ['who made you?', AT_ROOT, 'chat:aboutSource'],
    ['4', AT_ROOT, 'number:4'],
    ['four', AT_ROOT, 'number:4'],
    ['Compare both', AT_ROOT, 'staleChoice'],
    ['none of these', FLOW, 'noneOfThese'],
    ['tell me more', FLOW, 'followUp'],
    ['go on', AT_ROOT, 'followUp'],
    // A question after thanks is answered after the thanks; it is never swallowed.
    ['thanks, and how long does it take?', AT_ROOT, 'question(after thanks):how long does it take?'],
    ['Thank you! That was useful. What about pay?', AT_ROOT, 'question(after thanks+helpful):What about pay?'],
    ['that was wrong, I asked how long it takes', AT_ROOT, 'question(after complaint):I asked how long it takes'],
    ['hi, how long does it take to become a care manager?', AT_ROOT, 'question(after greeting):how long does it take to become a care manager?'],
    ['thanks! now show me the steps', AT_ROOT, 'flow:careerSteps'],
    // A flow asked for after a sound, or in place of the one running ("stop. is there the ladder thing ...").
    ['ugh. update roadmap', AT_ROOT, 'flow:roadmap'],
    ['no not the steps, the salary levels', WALK, 'flow:salaryLadder'],
    ['stop. is there the ladder thing where it asks me questions?', WALK, 'flow:salaryLadder'],
    // A self-introduction that asks nothing is a remark, said back; with a question it is the question.
    ["i'm a social worker with a BSW, 4 yrs in child protection", AT_ROOT, 'chat:remark'],
    ["i'm a social worker with a BSW, 4 yrs in child protection, how long would it take me?", AT_ROOT, 'question'],
    ['4 years?? that cannot be right', AT_ROOT, 'chat:doubtsAnswer+complaint'],
    ['4 years?', AT_ROOT, 'question'],
    // A remark before a question: the question is what is searched, without the remark's words.
    ['sounds hard, how long does it take?', AT_ROOT, 'question'],
    ['is it helpful to volunteer first?', AT_ROOT, 'question'],
    ['can I talk to a care manager about the job', AT_ROOT, 'question'],
    ['who are care managers working with', AT_ROOT, 'question'],
    ['compare geriatric and pediatric', AT_ROOT, 'compare:geriatric+pediatric'],
    ['   ', AT_ROOT, 'empty'],
  ];
  for (const [text, situation, expected] of rows) {
    it(`reads "${text}" ${situation.place === 'root' ? 'with no flow running' : `in the ${situation.place}`} as ${expected}`, () => {
      expect(summary(understand(text, situation, kb))).to.equal(expected);
    });
  }

  // Letters typed for words: "y" is why, "n" and, "r" are, "wat" what, in a question for the guide; other letters and
  // words keep theirs.
  const spelled: ReadonlyArray<readonly [string, string]> = [
    ['y tho', 'why tho'],
    ['y', 'why'],
    ['so y get one', 'so why get one'],
    ['n the pay?', 'and the pay?'],
    ['pay n hours?', 'pay and hours?'],
    ['r they hard to pass', 'are they hard to pass'],
    ['like wat', 'like what'],
    ['wats in it for u', 'whats in it for u'],
    ['is it worth it y/n', 'is it worth it'], // the yes or no asked for is left out of the question
    ['are gen y carers in demand', 'are gen y carers in demand'],
    ['plan b or plan n', 'plan b or plan n'],
  ];
  for (const [typed, read] of spelled) {
    it(`reads the question "${typed}" as "${read}"`, () => {
      const meaning = understand(typed, AT_ROOT, kb);
      expect(meaning.kind === 'question' ? meaning.text : meaning.kind).to.equal(read);
    });
  }
});

describe('conversation in context', () => {
  const acts: ReadonlyArray<readonly [string, ChatAct]> = [
    ['thanks', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['cheers mate', 'thanks'],
    ['that helped a lot', 'helpful'],
    ['very useful', 'helpful'],
    ['great answer', 'helpful'],
    ["you're awesome", 'praise'],
    ['good bot', 'praise'],
    ['bye', 'bye'],
    ["ok that's all, thanks", 'bye'],
    ['have a nice day', 'bye'],
    ["that's wrong", 'complaint'],
    ["you didn't answer my question", 'complaint'],
    ['not what I asked', 'complaint'],
    ['useless', 'complaint'],
    ['this bot is useless', 'complaint'],
    ['can I speak to a real person please', 'askHuman'],
    ['I want to talk to someone', 'askHuman'],
    ['is there a human I can talk to?', 'askHuman'],
    ['agent', 'askHuman'],
    ['what is your phone number', 'askHuman'],
    ['who built this?', 'aboutSource'],
    ['where do you get your information from?', 'aboutSource'],
    ['can I trust your answers', 'aboutSource'],
    ['are you a bot?', 'areYouHuman'],
    ['am I talking to a real person?', 'areYouHuman'],
    ['are you chatgpt', 'areYouHuman'],
    ["what's your name", 'whoAreYou'],
    ['hi, how are you?', 'howAreYou'],
    ['hello there', 'greeting'],
    ['huh?', 'confused'],
    ["I don't understand", 'confused'],
    ['oops sorry', 'sorry'],
    ['yes please', 'yes'],
    ['nope', 'no'],
    ['ok', 'ack'],
    ['got it', 'ack'],
    ['say that again', 'again'],
    ["that's exactly what I needed", 'helpful'],
    ["that's great info", 'helpful'],
    ['you misunderstood', 'complaint'],
    ["nah that's wrong", 'complaint'],
    ['could be better', 'complaint'],
    ['is anyone there?', 'greeting'],
    ['see you later', 'bye'],
    ["you're a lifesaver", 'praise'],
    ['haha ok', 'ack'],
  ];
  for (const [text, act] of acts) {
    it(`"${text}" is ${act}`, () => expect(chatActOf(text)).to.equal(act));
  }

  const questions = [
    'how long does it take',
    'is it helpful to volunteer first?',
    'what skills are useful',
    'who do care managers work with',
    'are care managers in demand',
    'can I talk to clients in other languages',
    'is there a human side to the job',
    'no degree, can I still do it?',
    'yes but how long does it take',
    'not really sure which certification',
    'what is the best certification',
    'what is a good salary',
    'not good at math, can I still do it?',
    'is it good pay',
    // Session 6: terse questions that only look like an errand, a goodbye or a complaint.
    'get a job without a degree',
    'find a job as a care manager',
    'apply for jobs with no experience?',
    "i'm good with people",
    'i need to leave my job to study nursing',
    'do i have to go to university',
    'what goes in a case file',
    'write a care plan how',
  ];
  for (const text of questions) {
    it(`"${text}" is a question, not conversation`, () => {
      expect(chatActOf(text)).to.equal(null);
      expect(readChat(text).rest).to.not.equal('');
    });
  }
});

describe('the vocabulary', () => {
  it('gives every word group a meaning in every place', () => {
    for (const group of WORD_GROUPS) expect(Object.keys(GROUP_MEANINGS[group]).sort(), group).to.deep.equal(['flow', 'root', 'walk']);
  });

  const words: ReadonlyArray<readonly [string, WordGroup]> = [
    ['yes', 'yes'],
    ['start over', 'restart'],
    ["let's start over", 'restart'],
    ['where was I', 'whereAmI'],
    ['continue', 'resume'],
    ['ok next please', 'next'],
    ["I'm done", 'done'],
    ['never mind', 'cancel'],
    ['not really', 'notReally'],
  ];
  for (const [text, group] of words) {
    it(`"${text}" belongs to ${group}`, () => expect(wordGroupOf(text)).to.equal(group));
  }
});
