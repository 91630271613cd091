import { expect } from 'chai';
import { COMMAND_RULES, FLOW_RULES, recogniseCommand, recogniseFlow, recogniseFollowUp, recogniseNoneOfThese, type Command, type FlowIntent } from '../../../../dialogs/understanding/core/intents';
import { normalise } from '../../../../dialogs/understanding/core/textMatch';
import { AT_ROOT, understand } from '../../../../dialogs/understanding/core/pipeline';
import { knowledge } from '../../transcript';

const kb = knowledge();

describe('intents', () => {
  describe('commands (whole message only)', () => {
    const commands: Array<[string, Command]> = [
      ['help', 'help'],
      ['Help!', 'help'],
      ['?', 'help'],
      ['what can you do?', 'help'],
      ['menu', 'menu'],
      ['Main menu', 'menu'],
      ['show me the topics', 'menu'],
      ['back to menu', 'menu'],
      ['cancel', 'cancel'],
      ['STOP', 'cancel'],
      ['never mind', 'cancel'],
      ['quit please', 'cancel'],
      ['start over', 'restart'],
      ['Restart', 'restart'],
      ["let's start over", 'restart'],
      ['start again', 'restart'],
    ];
    for (const [text, command] of commands) {
      it(`"${text}" is the ${command} command`, () => expect(recogniseCommand(text)).to.equal(command));
    }

    const notCommands = [
      'help me pick a specialty',
      'help me pick',
      'can you help me find a job',
      'how do I stop feeling stressed at work',
      'what is on the menu for certification',
      'restart my career as a care manager',
      'when should I stop studying',
      '',
    ];
    for (const text of notCommands) {
      it(`"${text}" is not a command`, () => expect(recogniseCommand(text)).to.equal(null));
    }
  });

  describe('flow-starting phrases', () => {
    const flows: Array<[string, FlowIntent]> = [
      ['walk me through the steps', { flow: 'careerSteps' }],
      // Through the pay, the ladder; the kind of care management that suits the person, the chooser; the saved plan again.
      ['hi, can you walk me through the pay at each level?', { flow: 'salaryLadder' }],
      ['the salary levels', { flow: 'salaryLadder' }],
      ['is there the ladder thing where it asks me questions', { flow: 'salaryLadder' }],
      ["I'm trying to work out which area of care management would suit me", { flow: 'specialisation' }],
      ['update roadmap', { flow: 'roadmap' }],
      ['Can you walk me through becoming a care manager?', { flow: 'careerSteps' }],
      ['how do I get started', { flow: 'careerSteps' }],
      ['How do I get started as a care manager?', { flow: 'careerSteps' }],
      ["what's the process", { flow: 'careerSteps' }],
      ['I want to become a care manager, where do I start?', { flow: 'careerSteps' }],
      ['where do I start', { flow: 'careerSteps' }],
      ['Where should I begin?', { flow: 'careerSteps' }],
      ['where do I start to become a care manager', { flow: 'careerSteps' }],
      ['how do I begin', { flow: 'careerSteps' }],
      ['first steps', { flow: 'careerSteps' }],
      ['what are the first steps to become a care manager', { flow: 'careerSteps' }],
      ['what should I do first', { flow: 'careerSteps' }],
      ["I'd like to be a care manager, what should I do first?", { flow: 'careerSteps' }],
      ["I'm not sure where to start", { flow: 'careerSteps' }],
      ['What’s the process to become a care manager?', { flow: 'careerSteps' }],
      ['career steps', { flow: 'careerSteps' }],
      ['steps', { flow: 'careerSteps' }],
      ['show me the 10 steps', { flow: 'careerSteps' }],
      ['step by step please', { flow: 'careerSteps' }],
      ['step 7', { flow: 'careerSteps', step: 7 }],
      ['go to step 3', { flow: 'careerSteps', step: 3 }],
      ['show me the fifth step', { flow: 'careerSteps', step: 5 }],
      ['step ten', { flow: 'careerSteps', step: 10 }],
      ['choose a specialty', { flow: 'specialisation' }],
      ['Help me choose a specialization', { flow: 'specialisation' }],
      ['which specialisation suits me?', { flow: 'specialisation' }],
      ['help me pick', { flow: 'specialisation' }],
      ['what should I specialize in', { flow: 'specialisation' }],
      ['compare specialisations', { flow: 'specialisation' }],
      ['my roadmap', { flow: 'roadmap' }],
      ['roadmap', { flow: 'roadmap' }],
      ['make me a plan', { flow: 'roadmap' }],
      ["where do I start given I'm a nurse", { flow: 'roadmap' }],
      ['can you build me a personal plan?', { flow: 'roadmap' }],
      ['salary ladder', { flow: 'salaryLadder' }],
      ['career ladder card', { flow: 'salaryLadder' }],
      ['show the ladder', { flow: 'salaryLadder' }],
      ['Show me the career ladder', { flow: 'salaryLadder' }],
    ];
    for (const [text, intent] of flows) {
      // Phrases that name a step are read by the one step parser, through the pipeline.
      const read = (): FlowIntent | null => {
        if (intent.step === undefined) return recogniseFlow(text);
        const meaning = understand(text, AT_ROOT, kb);
        return meaning.kind === 'flow' ? meaning.intent : null;
      };
      it(`"${text}" starts ${intent.flow}${intent.step ? ` at step ${intent.step}` : ''}`, () => expect(read()).to.deep.equal(intent));
    }

    const questions = [
      'how long does it take',
      'how long does it take to become a care manager?',
      'what would I earn as a senior care manager',
      'salary',
      'what is the salary of a care manager',
      'which specialisations are there',
      'what is geriatric care management',
      'how do I get started with certification',
      'what are the steps to get certified',
      'step 11',
      'skip to the certification step',
      'do I need a plan b',
      'is it stressful',
      'what should I study first',
      'what should I do first as a nurse with a mortgage',
      '',
    ];
    for (const text of questions) {
      it(`"${text}" is a question, not a flow`, () => expect(recogniseFlow(text)).to.equal(null));
    }

    it('no flow phrase matches the rules of two flows', () => {
      for (const [text, intent] of flows) {
        if (intent.step) continue;
        const utterance = normalise(text);
        const matching = FLOW_RULES.filter((rule) => rule.patterns.some((pattern) => pattern.test(utterance))).map((rule) => rule.flow);
        expect(matching, text).to.deep.equal([intent.flow]);
      }
    });

    it('no flow phrase is also a command', () => {
      for (const [text] of flows) {
        const utterance = normalise(text);
        expect(COMMAND_RULES.some((rule) => rule.patterns.some((pattern) => pattern.test(utterance))), text).to.equal(false);
      }
    });
  });

  describe('follow-ups ("tell me more") are whole messages only', () => {
    const followUps = ['tell me more', 'Tell me more!', 'more', 'more info', 'more information please', 'go on', 'explain more', 'what else', 'and?', 'tell me more about that', 'can you elaborate'];
    for (const text of followUps) {
      it(`"${text}" is a follow-up`, () => expect(recogniseFollowUp(text)).to.equal(true));
    }
    const notFollowUps = ['tell me more about the CCM', 'more about salary', 'and what about salary?', 'what else do care managers do', 'go on to step 3', 'more money', ''];
    for (const text of notFollowUps) {
      it(`"${text}" is not a follow-up`, () => expect(recogniseFollowUp(text)).to.equal(false));
    }
    it('no follow-up is also a command or a flow', () => {
      for (const text of followUps) expect([recogniseCommand(text), recogniseFlow(text)], text).to.deep.equal([null, null]);
    });
  });

  describe('"none of these" typed', () => {
    const cases: Array<[string, boolean]> = [
      ['None of these', true],
      ['none of them.', true],
      ['neither', true],
      ['none of these certifications are required?', false],
      ['no', false],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" ${expected ? 'is' : 'is not'} the "None of these" choice`, () => expect(recogniseNoneOfThese(text)).to.equal(expected));
    }
  });

  it('normalises case, curly quotes, contractions, punctuation and @mentions once, for every reader', () => {
    expect(normalise('<at>CareBot</at>  What’s   the PROCESS?!')).to.equal('what is the process');
    expect(normalise("whats step 5")).to.equal(normalise("what's step 5"));
  });
});
