/** Every dialog and prompt id, once. */
export const DialogIds = Object.freeze({
  careerSteps: 'careerStepsDialog',
  specialisation: 'specialisationDialog',
  roadmap: 'roadmapDialog',
  salaryLadder: 'salaryLadderDialog',
  textPrompt: 'textPrompt',
  choicePrompt: 'choicePrompt',
  confirmPrompt: 'confirmPrompt',
});
export type DialogId = (typeof DialogIds)[keyof typeof DialogIds];
