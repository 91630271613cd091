import { expect } from 'chai';
import { parseResumeChoice } from '../../../../dialogs/flows/careerStepsDialog';
import { findStepByName, parseStepCommand, type StepCommand } from '../../../../dialogs/understanding/core/stepNavigation';
import { knowledge } from '../../transcript';

const steps = knowledge().steps;

describe('step navigation parser', () => {
  // Each row: what the user types, and the command it means (null: not navigation, so it is answered as a question).
  const table: ReadonlyArray<readonly [string, StepCommand | null]> = [
    ['next', { kind: 'next' }],
    ['Next', { kind: 'next' }],
    ['ok next please', { kind: 'next' }],
    ['go on', { kind: 'next' }],
    ['back', { kind: 'back' }],
    // A move said again is the move.
    ['back again', { kind: 'back' }],
    ['next once more', { kind: 'next' }],
    ['previous step', { kind: 'back' }],
    ['please go back', { kind: 'back' }],
    ['go to step 7', { kind: 'goto', step: 7 }],
    ['step 7', { kind: 'goto', step: 7 }],
    ['Step seven', { kind: 'goto', step: 7 }],
    ['jump to step 10', { kind: 'goto', step: 10 }],
    ['go back to step 2', { kind: 'goto', step: 2 }],
    ['4', { kind: 'goto', step: 4 }],
    ['Continue step 4', { kind: 'goto', step: 4 }],
    ['skip to the certification step', { kind: 'goto', step: 5 }],
    ['go to the certification step', { kind: 'goto', step: 5 }],
    ['take me to the job step', { kind: 'goto', step: 6 }],
    ['jump to joining organisations', { kind: 'goto', step: 7 }],
    ['skip to the certifcation step', { kind: 'goto', step: 5 }],
    ['the skills step', { kind: 'goto', step: 4 }],
    ['repeat', { kind: 'repeat' }],
    ['say that again', { kind: 'repeat' }],
    ['restart', { kind: 'restart' }],
    ['from the beginning', { kind: 'restart' }],
    ['stop', { kind: 'stop' }],
    ["I'm done", { kind: 'stop' }],
    ['continue', { kind: 'continue' }],
    ['go to step 12', { kind: 'outOfRange', number: 12 }],
    ['skip to the astronaut step', { kind: 'unknownStep', wanted: 'astronaut' }],
    ["what's step 5", { kind: 'goto', step: 5 }],
    ['what is step 5 about?', { kind: 'goto', step: 5 }],
    ['tell me about step five', { kind: 'goto', step: 5 }],
    ["what's the fifth step?", { kind: 'goto', step: 5 }],
    ['what is the last step', { kind: 'goto', step: 10 }],
    ['the 3rd step', { kind: 'goto', step: 3 }],
    ['what step am I on?', { kind: 'repeat' }],
    ['list the 10 steps', { kind: 'overview' }],
    ['show me all the steps', { kind: 'overview' }],
    ['what are the steps', { kind: 'overview' }],
    ['how much do care managers earn?', null],
    ['what is the certification step?', null],
    ['what comes in the next step', null],
    ['do I need a degree', null],
  ];

  for (const [text, expected] of table) {
    it(`reads "${text}" as ${expected ? JSON.stringify(expected) : 'a question'}`, () => {
      expect(parseStepCommand(text, steps)).to.deep.equal(expected);
    });
  }

  it('finds a step by its keywords or title words, and gives up on a tie rather than guess', () => {
    expect(findStepByName('certification', steps)?.number).to.equal(5);
    expect(findStepByName('volunteering', steps)?.number).to.equal(3);
    expect(findStepByName('advance your career', steps)?.number).to.equal(10);
    expect(findStepByName('the', steps)).to.equal(null);
  });

  it('reads the answer to the resume offer', () => {
    expect(parseResumeChoice('Resume step 6', steps)).to.deep.equal({ kind: 'resume' });
    expect(parseResumeChoice('yes please', steps)).to.deep.equal({ kind: 'resume' });
    expect(parseResumeChoice('From step 1', steps)).to.deep.equal({ kind: 'restart' });
    expect(parseResumeChoice('start again', steps)).to.deep.equal({ kind: 'restart' });
    expect(parseResumeChoice('go to step 8', steps)).to.deep.equal({ kind: 'goto', step: 8 });
    expect(parseResumeChoice('the weather', steps)).to.equal(null);
  });
});
