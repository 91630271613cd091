/**
 * Every user-facing sentence of the guided flows (career steps, specialisation, roadmap, salary ladder) that is not
 * knowledge content. Facts (steps, ranges, certifications) come from the knowledge base; these are only the words around them.
 * Tests import these instead of retyping them.
 */
import type { SpecialisationId } from '../../../knowledge/schema';

/** Button titles of the guided flows; each at most 20 characters (the Teams limit), checked by a test. */
export const GuidedButtons = Object.freeze({
  next: 'Next',
  back: 'Back',
  stop: 'Stop',
  fromStepOne: 'From step 1',
  continueStep: (n: number): string => `Continue step ${n}`,
  resumeStep: (n: number): string => `Resume step ${n}`,
  menu: 'Menu',
  compareBoth: 'Compare both',
  done: 'Done',
  /** After the chooser's suggestion: remember it as the choice (nothing is saved before). */
  rememberIt: 'Remember it',
  /** What "Remember it" sends once the chooser has ended: the root keeps the area named. */
  rememberPhrase: (name: string): string => `remember ${name} as my choice`,
  notNow: 'Not now',
  notSure: 'Not sure yet',
  neither: 'Neither',
  updateRoadmap: 'Update roadmap',
  /** Under the list of the ten steps: the walk through them. */
  goThroughSteps: 'Go through them',
  openStep: (n: number): string => `Open step ${n}`,
  backToStep: (n: number): string => `Back to step ${n}`,
  backToRoadmap: 'Back to roadmap',
  backToChoosing: 'Back to choosing',
  backToSalaries: 'Back to salaries',
  /** What "Update roadmap" sends: the roadmap asks its questions again when the words say "update". */
  updateRoadmapPhrase: 'update my roadmap',
});

/** What a button sends back: the words the turn router treats as "show the menu". */
export const MENU_PHRASE = 'menu';

/** What the guide says of leaving out a step, for the steps where it says something (by step id). */
const SKIP_NOTES: Readonly<Record<string, string>> = Object.freeze({
  'pursue-education': "Yes, you can go on: the guide says you can become a care manager without a degree, though most employers prefer a related bachelor's.",
  'get-certified': 'Yes, you can go on: the guide says certifications are not always required for a job, though it highly recommends them.',
});

export const GuidedMessages = Object.freeze({
  // Shared by every guided question.
  reprompt: (question: string): string => `Sorry, I didn't quite get that. ${question} Tap an option or answer in your own words.`,
  gaveUp: "I couldn't place that answer, so let's leave this here for now. Type \"menu\" to see everything I can help with.",
  backToQuestion: (question: string): string => `Back to my question: ${question}`,
  staleButton: 'That button was for an earlier question, so I have not acted on it.',
  /** A number typed at a guided question that is not one of its options. */
  numberNotOffered: (n: number, count: number, inWords?: string): string =>
    `There's no option ${n} here: pick 1 to ${count}.` + (inWords ? ` If you meant ${inWords}, say "${inWords}".` : ''),
  /** When a flow started inside another ends, the first is offered back. */
  backTo: Object.freeze({
    walk: (n: number): string => `Back to step ${n} of the walk?`,
    roadmap: 'Back to your roadmap? It asks only for what it still needs.',
    specialisation: 'Back to choosing a specialty?',
    salaryLadder: 'Back to the salary ladder?',
  }),

  steps: Object.freeze({
    heading: (n: number, total: number): string => `Step ${n} of ${total}`,
    whatToDo: 'What to do:',
    tip: 'Tip:',
    askAbout: 'Ask me about:',
    resumeOffer: (n: number, title: string): string =>
      `You got as far as step ${n}: ${title}. Shall we pick up there, or start again from step 1?`,
    resumeQuestion: 'Resume where you left off, or start from step 1?',
    continueOffer: (n: number): string => `Shall we carry on with step ${n}? You can also say "next", "back", or "go to step" and a number.`,
    /** A bare number no button shown has ("3" beside Next and Stop): not taken as a step, said how to ask for one. */
    numberNotShown: (n: number, isStep: boolean): string =>
      `There's no ${n} among the buttons here.` + (isStep ? ` To go to step ${n}, say "step ${n}".` : '') + ' The buttons again:',
    atFirstStep: "This is the first step, so there's nothing before it.",
    /** The education step shown to someone who said they have no degree or would not go to university. */
    withoutADegree:
      'You said you have no degree: the guide says you can become a care manager without one, though most employers prefer a related bachelor\'s, and in some cases plenty of experience in care can make up for it. Ask "without a degree" for more. Here is the step as the guide sets it out:',
    /**
     * "Can I skip this one?": what the guide says of leaving out the step on screen. The education and certification
     * steps it calls not strictly required, so the walk goes on; of the others it says nothing, so the walk stays.
     */
    skipAllowed: (n: number, stepId: string): string | null => {
      const said = SKIP_NOTES[stepId];
      return said === undefined ? null : `${said} Here is step ${n + 1}; say "back" to return to step ${n}.`;
    },
    skipNotSaid: (n: number): string =>
      `The guide doesn't say this step can be left out: it sets out the ten steps as the usual route. Say "next" for step ${n + 1} when you're ready, or ask me anything about this one.`,
    /** "ok" on a step just gone back to: it is read, and the walk waits. */
    takeYourTime: (n: number): string => `Take your time with step ${n}. Say "next" when you're ready for step ${n + 1}, or ask me anything about it.`,
    /** "This step I do already": the step on screen marked done. */
    markedDone: (n: number, title: string): string => `Good to hear step ${n} (${lowerFirst(title)}) is under way for you: I have marked it done.`,
    howToGoOn: (n: number): string => `Say "next" for step ${n + 1}, or ask me anything about this one.`,
    /** "What should I do first?" after the roadmap: the walk opens at the roadmap's first next step. */
    fromRoadmap: (n: number, title: string): string => `Your roadmap puts step ${n}, ${lowerFirst(title)}, first among what comes next, so let's start there.`,
    /** The same with no roadmap saved, from where the person told they stand (a degree and work in the field). */
    fromWhatYouTold: (noted: string, time: string, n: number, title: string, behind: readonly number[] = []): string =>
      `From what you've told me (${noted}), ${time}\n\nSo let's start at step ${n}, ${lowerFirst(title)}, the first of what comes next for you.${behind.length > 0 ? ` ${behindYou(behind)}` : ''}`,
    /** After the list of the ten steps asked for by name. */
    walkOffer: 'Shall we go through them one at a time? Say "yes", or ask me about any of them.',
    /** How long one step takes, from the guide's route (its lines, "about four years for a bachelor's degree ..."). */
    stepTime: (n: number, title: string, lines: string): string => `For step ${n} (${title}), the guide gives ${lines}. That is step ${n} alone; the whole route is below.`,
    /** A step the guide gives no time for ("Get certified"): the whole route below is not this step's time. */
    noStepTime: (n: number, title: string): string =>
      `The guide gives no time for step ${n} (${title}) on its own. The time below is the whole route, not step ${n}.`,
    staleCard: (pressed: string, shownAt: number, now: number): string =>
      `That "${pressed}" was on the card for step ${shownAt}, and you're on step ${now} now, so I have not moved. Here is step ${now} again.`,
    outOfRange: (n: number, total: number): string => `There are ${total} steps, so there's no step ${n}. Pick a number from 1 to ${total}.`,
    unknownStep: (wanted: string, list: string): string => `I couldn't find a step about "${wanted}". The steps are: ${list}.`,
    stopped: (n: number, phrase: string): string =>
      `OK, we'll stop at step ${n}. I've saved your place: say "${phrase}" any time, even another day, to pick up where you left off.`,
    finished: (total: number): string =>
      `That was the last of the ${total} steps. Well done for going through them all! Ask me anything, or type "menu" to see what else I can do.`,
    /** The last step reached with steps skipped on the way ("steps 2 to 8"): no congratulations for going through them all. */
    finishedSkipped: (total: number, skipped: string, first: number): string =>
      `That was the last of the ${total} steps. You haven't been through ${skipped} yet: say "step ${first}" to go there, or ask me anything.`,
    tooManyMisses: (n: number, phrase: string): string =>
      `Let's pause the steps here. Your place is saved at step ${n}: say "${phrase}" to pick up again, or type "menu" to see everything I can do.`,
  }),

  specialisation: Object.freeze({
    audienceQuestion: 'Who would you most like to help?',
    /** The chooser begun by a message that says who the person would like to help ("a specialty for kids?"). */
    startedFrom: (words: string): string => `Let's find the specialty that fits you. You mentioned "${words}", so I'll start from that.`,
    drawQuestion: 'And what draws you most to the work?',
    tiebreakQuestion: (a: string, b: string): string => `It's close between ${a} and ${b}. Which one appeals to you more?`,
    openQuestion: 'Which of these areas sounds closest to what you want to do?',
    heading: (name: string): string => `My suggestion: ${name}`,
    /** Two areas at once asked for: the guide describes each on its own. */
    /** "teens with mental health stuff honestly. both?" at who they would help: both areas named, and both kept in the running. */
    bothAreas: (words: string, a: string, b: string): string =>
      `"${words}" touches two of the guide's areas: ${a} and ${b}. The guide describes each on its own and doesn't say whether you can combine them, so I'll keep both in mind.`,
    noCombining: "The guide describes each area on its own and doesn't say whether you can combine them. Say \"compare both\" to see the two side by side.",
    /** Pay asked of an area: the guide gives pay by level only ("Entry-level $40,000–$60,000", ...). */
    noPayPerArea: (levels: string): string =>
      `The guide gives no pay for a specialization on its own, only the median pay by level, in dollars a year: ${levels}. Say "salary ladder" for what each level involves.`,
    // Quoted as an answer to the question, since people answer it with a condition or a topic ("diabetes", "mental health").
    reasonBoth: (audience: string, draw: string): string => `Why: you said "${audience}" when I asked who you'd like to help, and you're drawn to "${draw}".`,
    reasonAudience: (audience: string): string => `Why: you said "${audience}" when I asked who you'd like to help.`,
    reasonDraw: (draw: string): string => `Why: you're drawn to "${draw}".`,
    reasonPickedWords: (words: string): string => `Why: you said "${words}" sounds closest.`,
    reasonPicked: 'Why: you picked it as the closest fit.',
    /** Between two areas weighed: what the person said would tip it. */
    reasonTipped: (words: string, other: string): string => `Why: you said "${words}" would tip it, and that fits it better than ${other}.`,
    servesLabel: 'Who you would help:',
    workLabel: 'What the work involves:',
    trainingLabel: 'Extra training it takes:',
    runnerUp: (name: string, serves: string): string => `Runner-up: ${name}, working with ${lowerFirst(serves)}`,
    alternative: (name: string, serves: string): string => `Another area to consider: ${name}, working with ${lowerFirst(serves)}`,
    /** After the suggestion, which is not saved until the person says so. */
    afterQuestion: (best: string): string => `Shall I remember ${best} as your choice? Or we can compare the two side by side first.`,
    /** The same, once the two have been shown side by side. */
    afterQuestionCompared: (best: string): string => `Shall I remember ${best} as your choice?`,
    /** "Not now" (or "no thanks") after the suggestion: nothing saved. */
    notSaved: (name: string): string => `OK, I haven't saved ${name} as your choice.`,
    /** Thanks at "Shall I remember it?": no yes, so nothing saved, with one tap to keep it. */
    notSavedYet: (name: string): string => `I haven't saved ${name} as your choice: tap "Remember it" if you want me to keep it.`,
    /** A question about the suggested area itself ("what does it involve day to day?"): the card above is all the guide has. */
    allSaidAbove: (name: string): string => `What the guide says about ${name} itself is in the suggestion above; it says no more about the area on its own.`,
    /** ... and a day in it asked: a care manager's day in general, which the guide does describe. */
    dayInGeneral: 'For a care manager\'s day in general, this is what the guide describes:',
    remembered: (name: string): string => `I'll remember ${name} as your choice, so later answers can take it into account.`,
    /** Asked how to put the area kept into the plan: it is in already (saying its name keeps it), and here is the plan. */
    alreadyInPlan: (name: string): string => `${name} is already saved as your area, and your roadmap names it at step 9 (naming an area as yours, or choosing one in "Choose a specialty", is all it takes):`,
    /** Asked whether the choice is kept ("did you save it or not?"): yes, and which. */
    savedNow: (name: string): string => `Yes: ${name} is saved as your choice. Say "I didn't choose that" to take it out.`,
    compareHeading: (a: string, b: string): string => `${a} and ${b}, side by side`,
    comparePick: 'Which of the two would you like me to remember as your choice?',
    /** Asked which area the bot would pick, or which is better: the guide ranks none, and says what to choose by. */
    noPickOfMyOwn:
      "I'm a bot, so I have no pick of my own, and the guide doesn't rank the areas. It says to choose a specialization that fits your interests and career goals.",
    /** Two areas named at the start as the ones weighed: shown side by side. */
    weighing: (a: string, b: string): string => `You're weighing ${a} and ${b}, so here they are side by side.`,
    whatTipsIt: "What would tip it for you: who you'd most like to help, or what draws you to the work? Or pick one now.",
    whatTipsItShort: 'What would tip it for you?',
    /** Not sure between the two weighed: the chooser's questions, kept to those two. */
    thenAsk: "Then let me ask you two quick questions, and I'll say which of the two fits your answers better.",
    /** What draws them said at the start, with no people named: only who they would help is asked. */
    startedFromDraw: (words: string): string => `Let's find the specialty that fits you. You mentioned "${words}" as what you like, so I only need to know who you'd most like to help.`,
    /** The chooser asked for with a liking or a way of working that the guide matches no area to ("likes planning and numbers"). */
    likingNotMatched:
      "The guide doesn't match the specialties to a way of working or to what someone enjoys doing: it describes each one by who you'd help and what the work involves. So let's start there.",
    keptNone: "No problem, I haven't changed your choice.",
    /** "What did you suggest?" asked before a suggestion was made. */
    noSuggestionYet: "I haven't suggested one yet: answer this question and I'll suggest the area that fits you best.",
    /** "Done" before a suggestion: the chooser is left, with the way back. */
    /** Going back to change an earlier answer: the questions start again, with what the message says as the first answer. */
    goingBack: "Sure, let's change that.",
    leftEarly: 'OK, we\'ll leave choosing a specialty there. Say "choose a specialty" whenever you want to come back to it.',
    /** "Neither", "skip" or "not sure" at the chooser's last question: no area picked. */
    noneSaved: 'OK, none of them for now, so I haven\'t saved a specialty. Say "choose a specialty" whenever you want to come back to it.',
    /** Pay asked of the areas ("which pays better"): the guide gives it by career level only. */
    noPayByArea: (entry: string, top: string): string =>
      `The guide gives pay by career level, not by specialty, so I can't say one pays more than the other. It runs from ${entry} a year at entry level to ${top} at the top of the ladder. Say "salary ladder" later for every level.`,
    runnerUpHeading: (name: string): string => `The runner-up: ${name}`,
    /** An area asked about after the suggestion ("what's the one for kids?"), described under this heading. */
    aboutHeading: (name: string): string => `${name}`,
    /** "Why geriatric?" of a runner-up that what the person said pointed to, less than to the suggestion. */
    whyRunnerUp: (other: string, best: string): string => `${other} came second: what you said points to it too, but more to ${best}.`,
    /** "Why geriatric?" of an area shown only as another to consider. */
    whyAlternative: (other: string): string => `${other} was only another area to consider: nothing you said pointed to it.`,
    /** "Why psychiatric?" of the suggestion itself. */
    stillSuggested: (name: string): string => `${name} fits best what you said about who you'd like to help and what draws you to the work.`,
    /** What an option of the second question means ("what's navigating treatment?"): the work of its area. */
    drawMeans: (option: string, work: string, area: string): string => `"${option}" points to ${area}, which means ${lowerFirst(work)}`,
    /** What an option of the first question means: who the area it points to serves. */
    audienceMeans: (option: string, serves: string, area: string): string => `"${option}" points to ${area}, working with ${lowerFirst(serves)}`,
    /** "Wait, I didn't choose that" after the suggestion, which was never saved. */
    undone: (name: string): string => `Right, you haven't chosen: I haven't saved ${name} as your choice.`,
    undoneKept: (name: string): string => `${name}, your choice before, stays. Ask me about the specialties, or say "choose a specialty" to start again.`,
    undoneNone: 'No specialty is saved as your choice now. Ask me about the specialties, or say "choose a specialty" to start again.',
    /** After an area asked about is described: the choice, which nothing has changed yet. */
    keepOrSwitch: (best: string, other: string): string => `My suggestion is still ${best}. Shall I remember ${best} or ${other} as your choice, or neither for now?`,
    finished: 'Ask me anything about it, or type "menu" for more.',
    /** "Why do you ask?" at the chooser's questions. */
    whyAsked: 'Who you would like to help and what draws you to the work are what I match to the four areas the guide describes, to suggest the one that fits you best.',
  }),

  roadmap: Object.freeze({
    educationQuestion: 'Let\'s build your roadmap. What education do you have so far?',
    /** Where the person stands, told instead of their education, said back before the question is asked again. */
    educationAgain: (noted: string): string => `Noted: ${noted}. And what education do you have so far?`,
    educationShort: 'What education do you have so far?',
    experienceQuestion: 'How long have you worked in health or social care?',
    experienceAs: (job: string): string => `How long have you worked as ${article(job)} ${job}?`,
    /** A job outside health and social services told: its years are not asked, the field's are. */
    // Said of what the guide names, not judged: a firefighter told of home visits was told before that the guide doesn't say whether that counts (ut33c, P11 #8).
    experienceBesides: (job: string): string =>
      `How long have you worked in health or social care? The guide doesn't name work as ${article(job)} ${job} among it, so count only other work.`,
    /** A job the person says is not theirs, taken out at a roadmap question, and the question asked again. */
    jobPutRight: (noted: string, question: string): string => `Thanks for putting me right. Noted: ${noted}. ${question}`,
    experienceAgain: (aim: string): string => `Noted: you aim to ${aim}. And how long have you worked in health or social care?`,
    aimQuestion: 'What would you like to aim for?',
    /** What an answer to another question told, said back before the question is asked again. */
    aimAgain: (noted: string): string => `Noted: ${noted}. And what would you like to aim for?`,
    /** The aim taken from what the person had said, not asked again. */
    aimFromBefore: (aim: string): string => `You've told me your aim, to ${aim}, so I haven't asked it again. Tap "Update roadmap" below to change it.`,
    /** "Skip" or "I'd rather not say" at the questions on where the person stands: nothing kept, the plan goes on. */
    educationSkipped: "OK, I'll leave your education out, and I haven't saved anything about it.",
    experienceSkipped: "OK, I'll leave your years of work out, and I haven't saved anything about them.",
    /** "Neither", "not sure yet" or "skip" at the aim question: nothing kept. */
    noAimSaved: "OK, no aim for now, so I haven't saved one.",
    heading: 'Your personal roadmap',
    startingPoint: (where: string): string => `Starting point: ${where}.`,
    aimLine: (aim: string): string => `Aim: ${aim}.`,
    doneLabel: 'Done:',
    doneNone: 'Nothing yet, and that is fine: everyone starts at step 1.',
    /** No step done, some under way. */
    doneNoneUnderWay: 'Nothing marked done yet; the steps you are already working on are below.',
    inProgressLabel: 'In progress:',
    nextLabel: 'Next:',
    laterLabel: 'Later:',
    timeLabel: 'Time:',
    certificationsLabel: 'Certifications that fit:',
    checklistIntro: 'Your checklist, ready to copy:',
    saved: 'I saved this roadmap. Say "my roadmap" any time to update it, or "career steps" to go through the steps one by one.',
    stepLine: (n: number, title: string): string => `Step ${n}: ${title}`,
    /** "Why do you need to know that?" at each question: what the answer changes in the plan. */
    whyEducation: 'Your education tells me whether step 2 (the degree) is done, under way or still ahead, and how long the rest of the route is likely to take.',
    /** An answer to the experience question that tells only of family, a relative's care home or what may come. */
    notWorkInTheField:
      'Caring for your own family, a relative\'s care home, or work that may come later isn\'t counted here: the experience the guide means is work, volunteering or interning in health or social services. If you haven\'t done that yet, "Not yet" is the answer.',
    /** "What should I do first?" asked at the roadmap's questions about education and work. */
    planComesAfter: 'That is what your roadmap will tell you: it puts the ten steps in order from where you stand now, with what to do first. I only need a couple of answers to build it.',
    whyExperience:
      'Years in health or social care tell me whether step 3 (gaining experience) is done and how long the rest takes: the guide counts hands-on work in that field, and work in other fields does not count as it. "Not yet" is a fine answer.',
    whyAim: 'Your aim decides which steps come next: becoming a care manager, working in one area (step 9) or leading and moving up (step 10). "Not sure yet" is fine: I\'ll show the usual route.',
    /** "What does each of those mean?" at the aim question. */
    aimOptions:
      '"Become care manager": the guide\'s usual route to your first care manager role. "Work in one area": the same route, then specializing (step 9) in older people, children, mental health or long-term illness. "Lead and move up": on from care manager to senior and leadership roles (step 10).',
    /** A correction of what the roadmap said of the person, taken right after it ("the 6 years were office work"). */
    corrected: "Thanks, I've changed your roadmap to match:",
    /** A job told in place of the one the roadmap had, with its years: "Got it: social worker, 10 years." */
    gotIt: (job: string, years: string | null): string => `Got it: ${years ? `${job}, ${years}` : job}.`,
    /** The area asked about taken as theirs for the plan, with the way to take it out. */
    areaFromAsked: (name: string): string => `You asked about ${name}, so I've put it in your roadmap as your area. Say "I didn't choose that" to take it out.`,
    /** A correction said beside a question: kept, said in a line, and the question answered after it. */
    correctedBeside: (where: string): string => `Got it: ${where}. I've changed your roadmap to match.`,
    /** "Redo it without a specialty", "I didn't say I'd picked pediatric": the area and the aim to specialise taken out. */
    specialtyDropped: "Sorry, I shouldn't have taken that as your choice. I've taken the specialty out of your roadmap:",
    noSpecialtyKept: 'Your roadmap has no specialty in it:',
    /** The same correction when the roadmap already has it. */
    alreadyNoted: (where: string): string => `Your roadmap already has that: ${where}. Tap "Update roadmap" to change something else.`,
  }),

  salary: Object.freeze({
    ladderTitle: 'The care manager career ladder',
    ladderIntro: 'The usual path, from first role to the top:',
    salaryIntro:
      "The guide's median pay by level, in dollars a year, with no figures by place. It names its pay levels " +
      'differently from the ladder above and gives no pay for junior care manager, care manager or chief care officer as such:',
    question: 'Which level would you like to know more about? Pick a pay level, or name a role from the ladder.',
    levelHeading: (title: string): string => `${title}`,
    rangeLine: (range: string): string => `Median salary: ${range} a year, in dollars, as the guide gives it.`,
    focusLabel: 'How to do well at this level:',
    /** "5+ years" gets a label; "extensive experience" reads as what the level calls for. */
    experienceLine: (experience: string): string => (/experience/i.test(experience) ? `Calls for ${experience}.` : `Experience: ${experience}.`),
    needsLine: (needs: string): string => `About the role: ${needs}`,
    noSalary: (title: string, lowest: string, highest: string): string =>
      `The guide gives no pay figure for ${title}: its pay levels are named differently from its career ladder. ` +
      `They run from ${lowest} to ${highest}.`,
    more: 'Pick another level, or say "done".',
    /** Asked when a question points at a level ("how long to get there?") before one is chosen. */
    whichLevel: (bands: string): string => `Which level do you mean? The experience the guide gives for each: ${bands}.`,
    topReached: 'That is the top of the guide\'s pay levels.',
    bottomReached: 'That is the first of the guide\'s pay levels: there is none below it.',
    /** Heads two or more levels shown one after another, when a message names them together ("mid vs senior"). */
    sideBySide: 'Side by side, as the guide gives them:',
    finished: 'Ask me anything else, or type "menu" for more.',
  }),
});

/** How each specialisation's audience is offered as a button in the first question (titles at most 20 characters). */
export const AudienceButtons: Readonly<Record<SpecialisationId, string>> = Object.freeze({
  geriatric: 'Older adults',
  pediatric: 'Children & families',
  psychiatric: 'Mental health needs',
  'chronic-disease': 'Long-term illness',
});

/** What could draw someone to each area, from the guide's description of the work (titles at most 20 characters). */
export const DrawButtons: Readonly<Record<SpecialisationId, string>> = Object.freeze({
  geriatric: 'Working with family',
  pediatric: 'Working with schools',
  psychiatric: 'Navigating treatment',
  'chronic-disease': 'Managing conditions',
});

/** The roadmap's education question, in plain words (each read back by aboutYou.parseStage). */
export const EducationButtons = Object.freeze({
  nursingDegree: 'Nursing degree',
  socialWorkDegree: 'Social work degree',
  otherDegree: 'Another degree',
  studying: 'Studying for one',
  noDegree: 'No degree',
  school: 'Still at school',
});

export const ExperienceButtons = Object.freeze({
  none: 'Not yet',
  underTwo: 'Under 2 years',
  twoToFive: '2 to 5 years',
  overFive: 'Over 5 years',
});

export const AimButtons = Object.freeze({
  become: 'Become care manager',
  specialise: 'Work in one area',
  lead: 'Lead and move up',
});

/** How the roadmap names a starting point and an aim back to the user. */
export const RoadmapWords = Object.freeze({
  /** Why the saved roadmap puts a step where it does ("Why is step 9 left for later?"), from the plan's own rules. */
  whyPlaced: Object.freeze({
    line: (n: number, title: string, status: string, reason: string): string => `Step ${n}, ${lowerFirst(title)}, is ${status} in your roadmap: ${reason}`,
    /** Said when the order itself is asked about ("why is step 7 next and not certification?"). */
    order: "The guide numbers its ten steps but doesn't say why they come in that order, or that each must wait for the one before. Here is why your roadmap places them as it does.",
    status: Object.freeze({ done: 'marked done', 'in-progress': 'in progress', next: 'next', later: 'left for later' }),
    /** The roadmap's note on the step, said after why it is placed so. */
    noted: (note: string): string => `Your roadmap notes: ${note}.`,
    done: 'what you told me about your education and work covers it. If that is not right, tell me and I\'ll change your roadmap.',
    inProgress: Object.freeze<Record<number, string>>({
      1: 'you are finding out what the job involves now, which is where the guide starts; your studies or work show you some of it.',
      2: 'you told me you are studying for your degree.',
      3: 'you work in health or social services, which is the hands-on experience the guide means.',
      4: 'the guide says these skills grow through study, work experience, volunteering and courses, which you are already doing.',
      6: 'you already work in health or social services; the guide suggests moving toward roles closer to care management, such as care coordinator or case manager.',
      8: 'you work in the field, and the guide says learning goes on all through the career.',
    }),
    inProgressOther: 'from what you told me, your work or studies are already doing it.',
    next: Object.freeze<Record<number, string>>({
      1: 'it is where the guide starts: learning what the job involves and whether it suits you.',
      2: 'the guide says a relevant degree (nursing, social work or a related field) is typically required, and your roadmap does not count one as done yet.',
      3: 'the guide calls hands-on experience in health or social services crucial, and you can start on it now, for example as a healthcare assistant, or by volunteering or interning.',
      5: 'you have a degree and work in the field, which the CMC asks for (with hours of supervised experience and an exam); the guide names the CCM as one to start with.',
      6: 'the guide says to start looking for jobs in health care or social service settings as you complete your education.',
      7: 'the guide says joining a professional organization such as the CMSA or the ACMA benefits anyone aspiring to be a care manager, so it need not wait for the steps before it.',
      9: 'specializing is your aim, so your roadmap points at it.',
      10: 'leading and moving up is your aim, so your roadmap points at it.',
    }),
    nextOther: 'from where you are, it is one of the next things to do.',
    laterOther: 'it builds on the steps before it, which come first in your plan.',
    later: Object.freeze<Record<number, string>>({
      3: 'experience in health or social services comes after school, alongside your studies.',
      4: 'the skills are built through study and work in the field, which come first in your plan.',
      5: "the guide's CMC asks for a relevant degree, hours of supervised experience and an exam, so your roadmap puts certification after your degree and experience (the guide gives no requirements for the CCM).",
      6: 'a job in health or social services comes once you have a relevant degree or are studying for one.',
      7: "it isn't among the first things your roadmap points to, but the guide says joining benefits anyone aspiring to be a care manager, so you can join sooner if you like.",
      8: 'keeping learning (courses, workshops, conferences) goes on once you work in the field.',
      9: 'the guide describes specializing as something you do as a care manager, so it follows your first care manager role. If specializing is your aim, say "update roadmap" and choose "Work in one area".',
      10: 'moving up to senior and leading roles builds on years of work as a care manager. If leading is your aim, say "update roadmap" and choose "Lead and move up".',
    }),
  }),
  education: Object.freeze({
    school: 'still at school',
    studying: 'studying for a degree',
    'relevant-degree': 'a relevant degree',
    'other-degree': 'a degree in another field',
    diploma: "a diploma or associate degree (not a bachelor's)",
    none: 'no degree',
  }),
  /** A diploma named by its kind ("CNA certificate", "associates"): said back as told, never the other kind. */
  diplomaOfKind: Object.freeze({
    certificate: "a certificate (not a bachelor's)",
    associate: "an associate degree (not a bachelor's)",
  }),
  /** A master's or doctorate in a field the guide does not name: a degree above the bachelor's, not "another field". */
  higherDegree: "a master's degree or higher",
  higherRelevantDegree: "a relevant master's degree or higher",
  /** Years of volunteering only, said back as such ("about 2 years of volunteering in health or social services"). */
  volunteered: (years: number): string => `about ${formatYears(years)} of volunteering`,
  years: (years: number, band: string | null = null): string =>
    band ? `${band} in health or social services` : years <= 0 ? 'no work experience in the field yet' : years < 1 ? 'under a year in health or social services' : `about ${formatYears(years)} in health or social services`,
  aim: Object.freeze({
    become: 'become a care manager',
    specialise: 'specialize',
    lead: 'lead and advance to senior roles',
  }),
  /** No aim chosen ("none", "not sure", "what should I do first?"): the plan follows the guide's usual route. */
  aimUndecided: "none chosen yet, so this follows the guide's usual route to care manager (update it when you know)",
  specialiseIn: (name: string): string => `specialize in ${name}`,
  /** A starting point with nothing told (education and work skipped). */
  notTold: 'nothing told yet, so this starts from step 1',
  // Notes on a step, built only from what the guide says.
  notes: Object.freeze({
    educationOther: 'check that your degree counts as a related field',
    /** Step 2's first thing to do with a degree held in a field the guide does not name: checked, not chosen again. */
    educationOtherTodo: "Ask employers whether they count your degree as a related field; if they don't, the guide's usual route is a bachelor's in social work, nursing or a related field",
    /** A master's held: nothing to choose, only whether its field counts. */
    educationOtherHeld: "you hold a degree; the guide gives no list of related fields, so check that employers count yours",
    /** The guide's own words on working without a degree (the lead of its FAQ answer) are added after this. */
    educationNone: "possible without one, but most employers prefer a related bachelor's degree",
    educationNoneFallback: 'ask me "Can I become a care manager without a degree?" for what the guide says',
    /** A diploma, training or an associate degree: the guide speaks of a bachelor's and says nothing of these. */
    educationDiploma: "the guide speaks of a bachelor's in social work, nursing or a related field, and doesn't say whether a diploma or associate degree counts",
    educationStudying: 'finish your degree',
    experienceWorking: 'keep building hands-on experience',
    /** Step 3's first thing to do while studying, from the guide's steps 2 and 3. */
    experienceStudyingTodo: 'While you study, look for internships, a practicum or volunteering in health care or social service settings',
    jobWorking: 'move toward roles closer to care management',
    /** The area kept for the person, chosen in the chooser or named as wished for: "your area" fits both. */
    specialiseChosen: (name: string): string => `your area: ${name}`,
    /** Step 9's first thing to do once an area is chosen, from the step's own to-do list. */
    specialiseTodo: (name: string): string => `Get additional training in ${name}, through coursework or on the job, and find out whether a certification in it would help`,
  }),
  time: Object.freeze({
    wholeRoute: (bachelor: string, master: string, total: string): string =>
      `the guide's usual route is a relevant bachelor's degree (about ${bachelor}), then a few years of relevant work experience, plus about ${master} for a master's if the roles you want ask for one: ${total} in all.`,
    studying: (bachelor: string, rest: string, master: string, total: string): string =>
      `finish your bachelor's (it usually takes about ${bachelor} in all), then count on about ${rest} more: relevant work experience, and a master's (about ${master}) if the roles you want ask for one. The whole route is usually ${total}.`,
    degreeNoExperience: (rest: string, master: string): string =>
      `with your degree done, the rest of the guide's route is about ${rest}: relevant work experience, and a master's (about ${master}) if the roles you want ask for one.`,
    // The guide says the experience after the degree "could take a few more years", with no figure to count down.
    degreeSomeExperience: (years: string, master: string, total: string): string =>
      `with your degree and ${years} of experience, what is left of the guide's route is more relevant work experience (the guide says a few more years after the degree, with no exact figure), and a master's (about ${master}) if the roles you want ask for one. The whole route usually takes ${total}.`,
    degreeEnoughExperience: (years: string): string =>
      `with your degree and ${years} of experience, you have covered the guide's usual route: you can aim for care manager roles now, and a certification strengthens your case.`,
    /** The same, for a case that leaves a licence open (a degree from abroad, no licence, another country aimed at). */
    degreeEnoughExperienceLicenceOpen: (years: string): string =>
      `with your degree and ${years} of experience, you have the degree and the experience the guide's usual route asks for, but that may not be everything where you want to work.`,
    otherDegree: (rest: string, bachelor: string, master: string): string =>
      `if your degree counts as a related field, the rest of the guide's route is about ${rest}: relevant work experience, and a master's (about ${master}) if the roles you want ask for one. If it does not, a relevant bachelor's takes about ${bachelor}.`,
    /** A degree in a field the guide does not name, with years in the field: the time with a relevant degree, if it counts. */
    otherDegreeWorking: (withDegree: string, bachelor: string): string => `if your degree counts as a related field, ${withDegree} If it does not, a relevant bachelor's takes about ${bachelor}.`,
    noDegree: (total: string): string =>
      `the guide's usual route, a bachelor's degree and then relevant work experience, takes ${total} in all.`,
    noDegreeWorking: (total: string, years: string): string =>
      `the guide's usual route, a bachelor's degree and then relevant work experience, takes ${total} in all. Without a degree, the guide says plenty of experience in care delivery or case management can in some cases make up for it (you have ${years}).`,
    /** Said after the no-degree estimate for someone with a diploma or an associate degree. */
    diplomaUnknown: " The guide doesn't say whether a diploma or associate degree shortens it.",
    fallback: (answer: string): string => `here is what the guide says: ${answer}`,
    /** Added for someone aiming to lead: the guide's step 10 and its director rung, in its terms. */
    toLead:
      ' To lead (senior care manager, supervisor or director), the guide puts those roles after several years of experience as a care manager: build your leadership and management skills, and consider training or certification in healthcare administration or leadership.',
  }),
  certFit: Object.freeze({
    ccmNow: 'a good place to start',
    ccmLater: 'a good place to start once you reach the certification step',
    cmcNow: (needs: string): string => `when you have what it asks for (${needs})`,
    cmcLater: (needs: string): string => `later on; to earn it you need ${needs}`,
  }),
});

/** Step numbers in words, runs joined: [2, 3, 4, 6] -> "steps 2 to 4 and 6", [5] -> "step 5". */
export function stepNumbersText(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j += 1;
    runs.push(j > i ? `${numbers[i]} to ${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : (runs[0] ?? '');
  return `${numbers.length === 1 ? 'step' : 'steps'} ${list}`;
}

export function formatYears(years: number): string {
  if (years === 0.5) return 'half a year';
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} year${rounded === 1 ? '' : 's'}`;
}

export function formatYearRange(min: number, max: number): string {
  if (min === max) return formatYears(min);
  if (min <= 0) return `up to ${formatYears(max)}`;
  return `${Math.round(min * 10) / 10} to ${formatYears(max)}`;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

/** The steps behind them already, as one sentence: "Step 3 is behind you already.", "Steps 1, 3 and 4 are behind you already." (intro40b, ut40a P07-T10). */
function behindYou(steps: readonly number[]): string {
  if (steps.length === 1) return `Step ${steps[0]} is behind you already.`;
  return `Steps ${steps.slice(0, -1).join(', ')} and ${steps.at(-1)} are behind you already.`;
}

export function lowerFirst(text: string): string {
  return text.length > 0 ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
