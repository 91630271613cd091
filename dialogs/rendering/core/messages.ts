/**
 * Every user-facing sentence of the conversation layer that is not knowledge content.
 * Tests import these instead of retyping them; the guided flows keep theirs in guidedMessages.ts.
 */
/** Asking for a person, at the root or in a flow: there is none, and where to find one. */
/** Names as a sentence lists them: "a", "a and b", "a, b and c". */
const andJoined = (names: readonly string[]): string => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''));

const NO_PERSON_HERE =
  "There's no person in this chat: I'm a bot that answers from a career guide, and I can't pass you on to anyone. " +
  'To talk to a person, try a professional organization for care managers, such as the Case Management Society of America (CMSA) ' +
  'or the American Case Management Association (ACMA), a careers adviser at your school or college, or the careers team of an employer you are interested in.';
/** Where the answers come from, at the root or in a flow. */
const WHERE_ANSWERS_COME_FROM =
  'I\'m a bot made to help people who want to become care managers. Everything I say comes from one career guide, "How to Become a Care Manager", ' +
  'put in plain words, and each answer names the part of the guide it comes from. The guide names no author and cites no further sources, ' +
  'and I can\'t look things up elsewhere or give personal advice.';

/** What the guide's list of essential skills says three of them are, in its words (care-manager-guide.txt). */
const SKILL_MEANINGS: Readonly<Record<'cultural competency' | 'resilience' | 'adaptability', string>> = Object.freeze({
  'cultural competency': "understanding and respecting patients' cultural and personal differences, which helps in giving personalized and respectful care",
  resilience: 'given how challenging the role is, staying calm and composed in high-stress situations to give the best care possible',
  adaptability: "adapting quickly as healthcare settings change, and being ready to change care plans as a patient's needs change",
});

/** What of the guide's route a person has, by where they said they stand (Messages.fitFromTheirStart). */
const FIT_START = Object.freeze({
  'degree-and-work': "The guide's route starts from a degree in social work, nursing or a related field and experience in health or social services, and you have both.",
  degree: "The guide's route starts from a degree in social work, nursing or a related field, which you have.",
  'other-degree': "The guide's route starts from a degree in social work, nursing or a related field. It gives no list of related fields, so it doesn't say whether yours counts.",
  'no-degree-in-field': "The guide says you can become a care manager without a degree, though most employers prefer one, and your work in the field is the experience it describes.",
  'work-in-field': "Your work in the field is the experience the guide's route asks for.",
});

export const Messages = Object.freeze({
  /** No degree told beside a question on experience: what the guide says of the route without one, before the answer. */
  noDegreeBeside: "On having no degree: the guide says you can become a care manager without one, though most employers prefer a bachelor's in a related field plus relevant experience.",
  welcome:
    "Hi! I'm the Care Manager Career Bot. I answer questions about becoming a care manager: education, experience, " +
    'certifications, specializations, salary and career progression, all based on the guide "How to Become a Care Manager". ' +
    'Pick a path below or just ask, for example:',
  welcomeTitle: 'Become a care manager',
  /** The welcome when the bot is added to a Teams group chat or team: for everyone, the commands listed once. */
  teamWelcome: Object.freeze({
    intro:
      "Hi everyone! I'm the Care Manager Career Bot. I answer questions about becoming a care manager, all based on the guide " +
      '"How to Become a Care Manager". Mention me (type @ and pick me) with your question, for example "how long does it take?". ' +
      'Each of you gets your own answers and keeps your own place in the guided paths.',
    commandsLead: 'Mention me with one of these:',
    commands: Object.freeze([
      '**help**: what I can do',
      '**menu**: the topics',
      '**career steps**, **choose a specialty**, **my roadmap**, **salary ladder**: a guided path',
      '**cancel** to leave a guided path, **start over** to begin again',
      '**forget me**: delete what I keep about you',
    ]),
  }),
  /** For a returning user with saved progress (rendering/guided/welcomeBack.ts). */
  welcomeBack: Object.freeze({
    greeting: 'Welcome back!',
    step: (n: number, total: number, title: string): string => `Last time you got to step ${n} of ${total}: ${title}.`,
    specialisation: (name: string): string => `You chose ${name}.`,
    roadmap: 'Your personal roadmap is saved.',
    offer: 'Pick up where you left off, or ask me anything.',
  }),

  helpTitle: 'How I can help',
  help:
    'Ask me a question in your own words, for example "How long does it take?" or "Do I need a master\'s?". ' +
    'You can also follow a guided path: the ten career steps, choosing a specialty, a personal roadmap or the salary ladder. ' +
    'Type **menu** for the topics, **cancel** to leave a guided path, **start over** to begin again.',
  helpTeams:
    'Ask me a question in your own words, for example "How long does it take?" or "Do I need a master\'s?". ' +
    'You can also follow a guided path: the ten career steps, choosing a specialty, a personal roadmap or the salary ladder. ' +
    'Type "menu" for the topics, "cancel" to leave a guided path, "start over" to begin again.',

  /** One line in the welcome and "help": what is kept, for how long, and how to delete it. */
  privacy: (days: number): string =>
    `Privacy: I keep your progress in the guides until you delete it, and questions I could not answer for ${days} days to improve the guide. Say "forget me" to delete it all.`,
  /**
   * "do you keep my messages?", "will my employer be able to read this chat?": what is kept, for how long, who reads
   * it, how to delete it, and where it is said in full (the /privacy page beside the chat; in Teams, the app's details,
   * which link the manifest's privacyUrl). True to bot/privacy.ts, dialogs/feedbackStore.ts and README's Privacy.
   */
  privacyAnswer: (days: number, channel: 'teams' | 'markdown'): string =>
    `I don't keep a record of our chat. I keep your progress in the guides and what you told me about yourself (job, experience, education, aim) until you delete it, ` +
    `and the questions I could not answer and your ratings for ${days} days, without your name, so the people who run me can improve the guide. Nothing is sold or shared. ` +
    'Say "forget me" to delete it all. ' +
    (channel === 'teams'
      ? 'Teams keeps this chat itself, as it keeps your other chats. The full statement is the privacy policy in this app\'s details in Teams.'
      : 'The full statement: [privacy page](privacy).'),
  forgetMe: Object.freeze({
    confirm:
      'Delete everything I keep about you: your progress in the guides, your chosen specialty and roadmap, and the questions and ratings you sent? ' +
      'This cannot be undone. Say "yes" to delete or "no" to keep it.',
    done: (records: number): string =>
      `Done: I deleted your progress and ${records === 1 ? '1 saved question or rating' : `${records} saved questions and ratings`}. ` +
      'If you keep chatting, new questions are kept again; say "forget me" any time.',
    kept: 'OK, nothing was deleted.',
    failed: 'Sorry, I could not delete your data just now: the storage did not answer. Nothing was deleted; please try "forget me" again in a few minutes.',
    yes: 'Yes, delete',
    no: 'No, keep it',
  }),

  menuTitle: 'Topics',
  menu: 'What would you like to explore?',

  cancelled: 'OK, I stopped that. What would you like to do next?',
  /** Said before stopping when the message that stops also complains ("forget it, this thing is useless"). */
  sorryStopping: "Sorry that wasn't useful.",
  /** A flow left with something else asked in the same message ("forget it, what does a CMC need?"): that comes next. */
  leftForQuestion: 'OK, I stopped that.',
  nothingToCancel: "There's nothing to stop right now. What would you like to do?",
  /** A copy asked for ("can I print all this out to show my manager?", understanding/talk/copyAsked.ts). */
  copyAsked:
    "There's no print or email button in this chat, but you can select and copy any of it. The handiest thing to keep is your roadmap: it ends with a checklist of the ten steps, ready to copy and paste.",
  /** A death of someone close, told in passing (understanding/person/lossTold.ts): said before anything else the message asks. */
  lossHeard: (kin: string): string => (kin === 'someone' || kin === 'partner' ? "I'm so sorry for your loss." : `I'm so sorry about your ${kin}.`),
  /** "let's stop there" with no flow running: the person is leaving the conversation for now. */
  /** A follow-up ("why?", "who offers it") whose answer is the one just given: said so, so the same card twice is not a glitch. */
  stoppedHere: "OK, we'll leave it there. Come back any time, or pick a topic if something else comes up:",
  walkPaused: (step: number): string => `Your place in the steps walk is saved at step ${step}: say "continue" any time to pick it up.`,
  walkCancelled: (step: number): string => `OK, I stopped the steps walk. Your place is saved at step ${step}: say "continue" any time to pick it up.`,
  startOver: "Let's start over.",

  sourcePrefix: 'From the guide:',
  /**
   * "Where does it say that?" after an answer: the parts of the guide it comes from (`title`: the answer's button title;
   * `sections`: 'section "A"' or 'sections "A" and "B"', see rendering/questions/questionWordReplies.ts), or, with none in view,
   * where every answer names them.
   */
  sourceOfTheAnswer: (title: string | null, sections: string): string =>
    `${title && sections ? `The answer above on "${title}" comes from the guide's ${sections}. ` : ''}Each answer ends with the parts of the guide it comes from ("From the guide: ..."), and where the guide says nothing on something, I say so instead of guessing.`,

  answerButtons: 'Related questions, or rate this answer:',
  /** Above the related questions on a Teams answer card (rating is Teams' own control there). */
  relatedQuestions: 'Related questions:',
  rateIntro: 'Was this helpful?',

  didYouMean: 'Did you mean one of these?',
  notSure: "I'm not sure I have that exactly. Maybe one of these?",
  relatedToBoth: 'Related questions:',
  sideBySide: (a: string, b: string): string => `${a} and ${b}, side by side`,
  whichTwo: 'Which two would you like side by side?',
  /** An age asked beside a question the guide answers ("am I too old at 58? and how long would it take"). */
  partAge: (part: string): string => `On the other part of your question ("${part}"): the guide doesn't say anything about age, and names no age limit for any of its steps, so I won't guess beyond that.`,
  partNotCovered: (part: string): string => `The guide doesn't cover the other part of your question ("${part}"), so I won't guess at it.`,
  /** The other part of a question asks a figure the guide does not give, about a thing it has an answer on. */
  partNoFigure: (part: string, title: string): string => `The guide gives no figure for the other part of your question ("${part}"), so I won't guess one. Here is what it says on ${title}:`,
  noneOfTheseReply: "Sorry those weren't it. I've noted your question so the guide can be improved.",
  /** The guide asked whether it holds in a place, or said to be written for one country (understanding/questions/guideOfAPlace.ts). */
  guideOfAPlace:
    "The guide doesn't say which country it is written for and gives no rules for a particular country, so I won't say how much of it holds where you are. " +
    "What it says of the work, the skills, the steps and the specialties names no country. What it does tie to a place is below: pay in dollars, a license that depends on where you work, and two American professional groups. I've noted your question so the guide can be improved.",
  /** The guide said to be of one country beside other talk ("This is aw American intit. Whit are ye anyway?"): said first. */
  guideOfAPlaceBeside:
    "You're right that some of it is American: the guide gives pay in dollars, a license that depends on where you work, and two American professional groups. " +
    "What it says of the work, the skills, the steps and the specialties names no country.",
  /** What the guide never says of the job, asked after an answer (understanding/questions/beyondTheJobAsked.ts). */
  beyondTheJob: Object.freeze({
    perk: (perk: string): string =>
      `The guide says nothing about job benefits such as ${perk}, so I won't guess. Of what the job brings, it gives only pay, as median ranges by level. I've noted your question so the guide can be improved.`,
    /**
     * "Do care managers get summers off?", "do they work holidays?", "I mean vacation, do they work year-round on normal
     * hours?": no time off said; the hours it gives.
     */
    timeOff: (asked: string): string => `The guide says nothing about ${asked}, so I won't guess. What it says of the hours:`,
    /** "is it paid by the hour or a salary?": the guide gives yearly median ranges and never says how the pay is paid. */
    payBasis: "The guide doesn't say whether care managers are paid by the hour or on a salary, so I won't guess. It gives pay only as yearly median ranges:",
    handsOn: (task: string): string => `The guide doesn't say whether care managers ${task}, so I won't guess. Here is what it says they do day to day:`,
    learningTime:
      "The guide doesn't say how long that learning or training takes, so I won't guess. It says skills are built through work experience, volunteering and professional development courses. I've noted your question so the guide can be improved.",
    /** Crisis work asked (the skills the guide names for it), speaking other languages (which it never mentions), or both. */
    crisisOrLanguage: (crisis: boolean, language: boolean): string =>
      [
        crisis ? 'The guide does speak to crisis work: it names managing a crisis and making decisions under pressure among the skills care managers need, and resilience, staying calm in high-stress situations.' : '',
        language
          ? `${crisis ? 'It' : 'The guide'} doesn't mention speaking other languages: it doesn't say care managers need to, or how much it helps. ${crisis ? ' The nearest skill it names is' : ' Nearest to it, it names'} respect for each patient's culture and personal background${crisis ? '' : ' among the skills, and says communication is one of the most important'}.`
          : '',
        crisis ? 'Here is its list:' : "I've noted your question so the guide can be improved.",
      ]
        .filter(Boolean)
        .join(' '),
    /** A uniform or dress code, a car or travel (understanding/questions/workplaceAsked.ts): silent, then its work environment. */
    workplace: (thing: 'dress' | 'travel'): string =>
      `The guide says nothing about ${thing === 'dress' ? 'a uniform or dress code for care managers' : 'whether care managers need a car or how much they travel'}, so I won't guess. What it does say about the workplace:`,
    chiefPay:
      'The guide gives no pay figure for the chief care officer: its pay levels are named differently from its career ladder, and the highest one it gives pay for is vice president of care management:',
  }),
  /** After "None of these": what the guide covers nearest to the question, then how to ask. */
  noneOfTheseNearest: 'Nearest to it, the guide covers:',
  /** After "None of these" with nothing of the guide near the question. */
  noneOfTheseNothingNear: "The guide may not cover it at all. It covers what care managers do, the ten career steps, degrees and courses, experience, certifications, specializations, skills, salary and career progression.",
  /** How to ask again after "None of these": one thing, in a few words, with an example of the guide's own. */
  askOneThing: (example: string): string => `To ask again, name one thing in a few words, such as "${example}". Or pick one of these:`,
  askOneThingTopics: 'To ask again, name one thing in a few words, such as "How long does it take?", or pick a topic:',
  noneOfTheseNoQuestion: 'Sorry I could not help with that one. Try asking it another way, or pick a topic:',

  outOfScope:
    'That is outside what I can help with: I only know about becoming a care manager, as described in the guide "How to Become a Care Manager".',
  noMatch: "I don't have an answer to that in the guide, so I won't guess. I've noted your question so the guide can be improved.",
  /** A question weighed against another job (understanding/questions/otherJobAside.ts): no comparison, then the guide's answer. */
  notWeighedAgainst: (other: string): string => `The guide doesn't compare care management with ${other}, so I won't weigh the two. Here is what it says of care management:`,
  /** A question on the guide's ground it is silent on (understanding/questions/groundOfTheGuide.ts): the thing named, or another job's pay. */
  guideSilentOn: (thing: string | null, otherPay: boolean): string =>
    `${
      otherPay ? "The guide gives pay only for care managers, so I won't guess what other jobs pay." : thing ? `The guide doesn't mention ${thing}, so I won't guess.` : "The guide doesn't cover that, so I won't guess."
    } I've noted your question so the guide can be improved.`,
  /** A count or a price the guide does not give ("how many clients on a typical caseload", "how much is the course"). */
  noFigure: "The guide doesn't give a figure for that, so I won't guess one. I've noted your question so the guide can be improved.",
  /** Pay asked of specialisations (understanding/questions/thingAsked.ts): the guide gives pay by level only, listed after. */
  payByLevelOnly: (areas: string, several: boolean, levels: string): string =>
    `The guide gives no pay for ${areas} on ${several ? 'their' : 'its'} own, only the median pay by level, in dollars a year: ${levels}. Say "salary ladder" for what each level involves.`,
  /** Pay or a level asked of a certification: what the guide says, before its answer on the benefits of certifying. */
  certificationPay:
    "The guide says certification may lead to higher pay: employers often prefer certified professionals, who may earn more. It gives no figure for how much, and it doesn't tie a certification to a pay level (the levels go with years of experience).",
  /** An aspect asked of the subject in view that the guide's answer does not give (understanding/inView/aspectInView.ts). */
  aspectNotGiven: {
    'how-often': "The guide doesn't say how often, so I won't guess. I've noted your question so the guide can be improved.",
    names: "The guide doesn't give names for that, so I won't guess. I've noted your question so the guide can be improved.",
    'exact-figure': "The guide doesn't give an exact figure for that, so I won't guess one. I've noted your question so the guide can be improved.",
    pay: "The guide doesn't say what that pays, so I won't guess. I've noted your question so the guide can be improved.",
    cost: "The guide doesn't give a cost for that, so I won't guess one. I've noted your question so the guide can be improved.",
    where: "The guide doesn't say where, so I won't guess. I've noted your question so the guide can be improved.",
    place: "The guide doesn't give that for a particular city, state or country, so I won't guess. I've noted your question so the guide can be improved.",
    mode: "The guide doesn't say whether that can be done online, part time or from home, so I won't guess. I've noted your question so the guide can be improved.",
    tax: "The guide gives pay only as yearly median ranges and says nothing of tax, bonuses or benefits, so I won't guess. I've noted your question so the guide can be improved.",
    age: "The guide doesn't say anything about age, so I won't guess. I've noted your question so the guide can be improved.",
    difficulty: "The guide doesn't say how hard it is to pass, so I won't guess. I've noted your question so the guide can be improved.",
    shortcut: "The guide doesn't describe a faster route, so I won't guess. I've noted your question so the guide can be improved.",
    'pay-unit': "The guide gives pay only as yearly median ranges, not by the hour or the month, so I won't guess. I've noted your question so the guide can be improved.",
  },
  /** An aspect the answer asked of does not give and the answer next to it does ("where would i do that" after first jobs). */
  aspectSaidNextDoor: (aspect: string, subject: string, other: string): string => `The guide doesn't say ${aspect} for ${subject}. In its answer on ${other}, it says:`,
  /** An aspect the answer in view gives in part of it ("where do i find one" after internships): that part. */
  aspectInAnswer: (aspect: string, title: string): string => `The answer above on "${title}" says ${aspect}:`,
  /** The aspects whose lines answer on their own, as a reply says them. */
  aspectWords: { where: 'where', 'how-often': 'how often' } as Readonly<Record<string, string>>,
  /**
   * Whether two things are the same, which the guide never says (knowledge/comparison.ts): said plainly, the two as the
   * person named them, before what it says of them.
   */
  weighing: Object.freeze({
    notSame: (a: string, b: string): string => `The guide doesn't say whether "${a}" and "${b}" are the same thing, so I won't guess.`,
    /** One answer of the guide for the two. */
    oneAnswer: 'Here is what it does say:',
    ofEach: 'Here is what it says of each:',
    /** Which of two is better, where the guide ranks neither ("should i study nursing or go straight into a coordinator job"). */
    notRanked: (a: string, b: string): string => `The guide doesn't say which is better, "${a}" or "${b}", so I won't rank them.`,
    /** The same, asked of the bot itself ("if you were me would you do nursing or social work"). */
    notPicked: (a: string, b: string): string => `I can't choose for you, and the guide doesn't pick between "${a}" and "${b}".`,
    /** Before one answer for both, read a turn or two ago, given in short. */
    inShort: 'What it says, in short:',
    /** What sets two apart, where the guide describes each on its own ("what does the CMC cover that the CCM doesn't"). */
    apart: "The guide describes each on its own and doesn't set them against each other. Here is what it says of each:",
    /** The same, where one answer of the guide covers both. */
    apartInOne: "The guide doesn't set them against each other. Here is what it says:",
    /**
     * Two weighed where the guide has an answer on one and only names the other ("care manager vs social worker"): it
     * compares nothing of theirs, the other's duties and pay included.
     */
    inPassing: (answered: string, named: string, asks: 'better' | 'same' | 'difference' = 'difference'): string =>
      `${asks === 'same' ? `The guide doesn't say whether "${answered}" and "${named}" are the same thing` : `The guide doesn't compare "${answered}" and "${named}"`}: it has no answer of its own on "${named}", so nothing on its duties or pay. Here is what it says of "${answered}", and where it names "${named}":`,
    /** A weighing with one side the guide never names ("care manager vs a nurse practitioner"): what it says of the other. */
    notDescribed: (answered: string, named: string): string =>
      `The guide doesn't describe "${named}", so I can't compare the two, and I won't guess at it. Here is what it says of "${answered}":`,
    /** Hands-on care work beside the career ("care manager and caregiver"): not described, but named as a way in (ut38a P06-T6). */
    handsOnNotDescribed: (answered: string, named: string): string =>
      `The guide doesn't describe "${named}", so I can't compare the two, and I won't guess at it. It does name hands-on roles such as healthcare assistant as a place to start and move up to a care manager role. Here is what it says a ${answered.replace(/^(?:a|an|the) /i, '')} does:`,
  }),
  /** Two things weighed on what the guide never weighs them on, shown side by side after it ("which is easier, ccm or cmc"). */
  /** The answer in view weighed against a thing the guide compares nothing with ("is it more stressful than being a nurse?"). */
  notComparedWith: (other: string): string => `The guide doesn't compare this with "${other}", so I won't guess. I've noted your question so the guide can be improved.`,
  notRankedSideBySide: (criterion: string): string => `The guide doesn't say which is ${criterion}. Here is what it says of each:`,
  /** Pay asked of a place ("and in london?" after the entry-level pay). */
  payByPlace:
    "The guide gives pay only as median ranges in dollars, with no figures by city, state or country, so I won't guess. I've noted your question so the guide can be improved.",
  /**
   * What the guide covers only around its edges (knowledge/beyondGuide.ts): its figures' country or currency, pay
   * elsewhere, a qualification from another country, an age, a background weighed. Each said plainly, before what the
   * guide does say.
   */
  /**
   * The key ask of a message one word would pull elsewhere (session 39, misread39; rendering/questions/keyAskReplies.ts): said
   * first, plainly, before the guide's answer nearest it.
   */
  keyAsk: Object.freeze({
    /** "does having a record matter? i got a felony" (ut39a P12-T3). */
    criminalRecord:
      "The guide says nothing about criminal records or background checks, so I won't guess how employers would see yours. The nearest it comes is licensing, which depends on where you work:",
    /** "case manager jobs all want 2 years experience tho" (ut39a P09-T5). */
    experienceDemanded:
      "The guide doesn't say how many years employers ask for, so I won't guess. It does say how to build the experience they look for, before or alongside those jobs:",
    /** "Would a care manager help my clients navigate the health system?" (ut39a P05-T2). */
    systemNavigation:
      'Yes: the guide says care managers are the link between the patient, the family and the care team, and help them understand the condition and find their way through the healthcare system. What the role involves:',
    /** "the CCM certificate, can I do it from Kenya?" (ut39a P01-T4). */
    certificationFrom: (certification: string, place: string): string =>
      `The guide doesn't say who can take the ${certification} or whether you can take it from ${place}, so I won't guess. What it says of the ${certification}:`,
    /** "is LPN enough for CCM" (ut39a P08-T3): the CCM, whose terms the guide does not give. */
    ccmHeld: (held: string): string =>
      `The guide gives no eligibility rules for the CCM, so I can't say whether ${held} is enough for it. What it says of the CCM:`,
    /** "can an RN sit the CMC": the CMC, whose terms the guide gives in general. */
    cmcHeld: (held: string): string =>
      `The guide doesn't say whether ${held} counts for the CMC; it gives its terms only in general:`,
    /** "that is in dollars? how much in Kenya shillings" (ut39a P01-T6). */
    dollarsOnly:
      "Yes, the guide gives its pay in dollars. It has no figures for other countries or currencies, so I can't give you an amount in yours. I've noted your question so the guide can be improved.",
    /** "is there a substance abuse specialization" (ut39a P12-T5). */
    courseArea: (thing: string): string =>
      `The guide lists no separate specialty for ${thing}. The nearest is psychiatric (mental health) care management, and some degree programs include courses on substance abuse:`,
    /** "What would I have to study. Be specific." (ut39a P07-T2). */
    studySpecifics: 'The usual degree is in social work, nursing or a related field. The subjects the guide names for it:',
    /** "which organization to join, CMSA or ACMA?" (ut39a P11-T9). */
    organisationPick:
      "The guide doesn't rank the two or say which to join: it names both, and mentions the CMSA again as a place for ongoing training. What it says of them:",
    /** "so could i apply to care coordinator right now or no" (ut39a P02-T5). */
    applyingNow: (job: string): string =>
      `The guide names ${job} as a job to start in, but it gives no entry requirements for it, so I can't say yes or no for you. It does say to start looking while you finish your education. The jobs it names to start in:`,
    /** "can you recommend a hospice near me that hires" (ut39a P04-T8). */
    employerNear:
      "I can't look up employers near you, and the guide names none. It does say where to look, and to network:",
  }),
  /**
   * The key ask a related card would leave unanswered (session 40, halves40, tester ut40a kind 2;
   * rendering/questions/halfAskedReplies.ts): said first, plainly, before the card nearest it.
   */
  halves: Object.freeze({
    /** "what do care managers earn after like 5 years?" (ut40a P02-T9): years on the edge of two levels. */
    bandEdge: (years: number, lower: string, upper: string): string =>
      `${years} years is where two of the guide's levels meet: the ${lower} runs up to ${years} years and the ${upper} starts there, so here are both:`,
    /** "What employers hire for chronic disease care management?" (ut40a P07-T5). */
    areaEmployers: (area: string): string =>
      `The guide doesn't say which employers hire for ${area} in particular, so I won't guess. The places it names are for care managers in general:`,
    /** "Can international student do internship?" (ut40a P08-T5). */
    visaInternship:
      "The guide recommends an internship or practicum while you study, but it says nothing about the rules for international students or visas, so I can't tell you what yours allows. What it says of internships:",
    /** "go back for nursing or social work? really dont want nursing" (ut40a P10-T3). */
    nursingNotWanted:
      "No, nursing isn't required. Social work or a related field fits just as well, and the guide says a degree isn't strictly required in every case. What it says about the degree:",
    /** "Is 'care manager' the same as what we'd call a case manager here?" (ut40a P12-T2). */
    sameAsCaseManager:
      "Partly. The guide doesn't treat the two titles as one: it counts case management as one part of a care manager's work, and names case manager as a job to start in on the way to the role. A care manager also assesses needs, writes the care plan and speaks up for the client. What it says of case management:",
    /** "is that the same kinda work a care manger does??" after telling one's work (ut40a P11-T2). */
    sameAsOwnWork:
      "Partly. Coordinating with a client's other providers is a real part of the job. A care manager also assesses needs, writes the care plan, speaks up for the client, and keeps records and handles insurance. What the role involves:",
    /** "at my level, where would I sit on the career ladder?" (ut40a P12-T5), with the years they told. */
    placeOnLadder: (years: number | null): string =>
      `The guide's levels go by years as a care manager: entry-level 0–2, mid-level 2–5, senior 5+. ${years === null ? "It doesn't say whether years before care management count" : `It doesn't say whether your ${years} ${years === 1 ? 'year' : 'years'} before care management count`}, so the safe reading is that you'd start at entry level, as a junior care manager, and move up with years in the role. What it says of that first level:`,
    /** "What does a senior care manager do that a care manager doesn't?" (ut40a P12-T6). */
    seniorBesideCareManager:
      'The guide has both levels. A care manager handles more complex cases, makes key decisions and supervises junior care managers. A senior care manager goes further:',
  }),
  beyond: Object.freeze({
    /** "Do care managers deal with dental stuff at all?": a kind of care the guide never names. */
    careKindUnnamed: (kind: string): string =>
      `The guide doesn't name ${kind} among what care managers deal with, so I won't say either way. I've noted your question so the guide can be improved. What it says they coordinate:`,
    /** An aspect of the job set against the person's own work ("is it less stressful than tech tho?"): no comparison, the aspect itself. */
    aspectAgainstOwnWork: (against: string, aspect: 'stress' | 'the-job'): string =>
      `The guide doesn't set care management beside ${against}, so I can't weigh the two for you. Here is what it says about ${aspect === 'stress' ? 'how stressful the job is' : 'what a care manager does'}:`,
    /** The hours asked through a life ("flexibility for school pickup? like 3pm"): the guide's hours, its silence on bending them. */
    hoursAroundLife: "The guide doesn't say whether the hours can fit around your own day, such as school times, but it does say what they usually are:",
    /** Work outside health weighed ("does retail management experience help or is it useless"). */
    otherWorkHelps: (work: string): string =>
      `The experience the guide asks for is in health or social services, so ${work} experience doesn't count as that by itself. Where it does help is the skills the guide calls key, such as leading a team, organization, communication and solving problems:`,
    /** A credential of theirs toward certification ("would my RRT license count toward certification?"). */
    credentialTowardCertification: (credential: string): string =>
      `The guide doesn't say whether your ${credential} counts toward a care management certification, so I won't guess. What it does say: you can begin with the CCM, and the CMC asks for a relevant degree, supervised hours and an exam.`,
    /** Kinds or prices of membership ("do they have student or discounted memberships?"). */
    membershipKinds: "The guide doesn't give kinds of membership or their prices (student or reduced rates, say), so I won't guess. What it does say membership gives you:",
    /** More school asked of the area in view ("chronic disease. ok. does that need more school"). */
    areaTraining: "Yes, usually some: to work in one area the guide says you'll need extra training and maybe a certification in it. It doesn't say how much for each area:",
    /** Another job's pay asked ("my friends are nurses. what do they make?"): the guide gives only the care managers'. */
    otherJobPay: (jobs: string): string => `The guide gives pay only for care managers, not for ${jobs}, so I won't guess theirs. Here is what it gives for care managers:`,
    /** Employers asked for by name ("which rehab centres take care managers?"): the guide names kinds of workplace only. */
    employersNotNamed: "The guide doesn't name particular employers, so I won't guess which ones hire care managers. It names only the kinds of places they work:",
    /** A gap in one's own working life weighed ("it's been 10 years. is that gap going to hurt me?"). */
    careerGapNotSaid:
      "The guide doesn't talk about gaps in a career, so I won't guess how employers would see yours. What it does say is that the hands-on experience care managers need can be built by volunteering or interning:",
    /** A thing asked to fit around a job kept ("could i do an internship while still bartending nights"). */
    alongsideWork: (job: string): string =>
      `The guide doesn't say how to fit that around other work, such as ${job.replace(/^(?:still|i'?m|i am)\s+/i, '').replace(/^still\s+/i, '')}, so I won't guess. What it does say:`,
    /** Which area has the most of something ("Which specialty deals with the most Medicaid clients?"): no numbers by area. */
    areaMostNotGiven: (thing: string): string =>
      `The guide doesn't say which area has the most ${thing}: it gives no numbers for its areas, so I won't guess. It describes four, each with the people it serves:`,
    /** "is this money for the USA?", "is that american dollars?": what the guide gives, and what it doesn't say. */
    payCurrency:
      "The guide gives its pay in dollars, as median ranges a year. It doesn't say which country its figures are for, and it gives none for a particular country, state or city, so I won't guess. I've noted your question so the guide can be improved.",
    /** The same, before a pay answer. */
    payCurrencyLead: "The guide gives its pay in dollars, as median ranges a year, and doesn't say which country its figures are for. Here is what it says:",
    /** Pay elsewhere, before a pay answer ("roughly what do care managers earn in the UK"). */
    payElsewhereLead: 'The guide gives no pay figures for a particular country, state or city, or in another currency, only median ranges in dollars. Here is what it says:',
    /** "I'm a nurse in Colombia, is my title valid?": the guide's licensing and degree answers follow as buttons. */
    foreignQualification:
      "The guide doesn't cover qualifications gained in another country or whether they are recognized, so I won't guess. I've noted your question so the guide can be improved.",
    /** Nationality, citizenship or the right to work weighed ("I'm Ukrainian, is that a problem?"), before what anyone needs. */
    nationality:
      "The guide doesn't speak of nationality, citizenship, visas or the right to work in a country, so I won't guess. I've noted your question so the guide can be improved. What it says anyone needs to become a care manager:",
    /** Pay weighed against another job's ("compared to teaching"): before the guide's own figures. */
    payAgainstJob: "The guide gives no pay for other jobs, so it doesn't compare them. Here are its figures for care managers:",
    /** A licence asked of a place ("in Poland do I need a licence?"), before the guide's answer on licensing. */
    licencePlace: "The guide gives no licensing rules for a particular country or state; it says whether you need a license depends on where you work. Here is what it says:",
    /** Pay growing over a career asked ("what does salary progression look like?"): the guide's levels, before its pay. */
    payOverTime:
      "The guide gives no yearly raises, but its pay climbs by level as experience builds: entry level (0–2 years), mid-level (2–5 years), senior (5+ years), then supervisor or director and vice president. Its ranges:",
    /** The money side of the job asked ("what about the financial side of the job?"): the guide's pay. */
    moneySide: "On the money side, what the guide gives is care managers' pay: median ranges a year, rising with each level. Here they are:",
    /** A kind of care facility the guide does not name ("do care managers work in SNFs?"), before its work settings. */
    careFacility: (named: string): string =>
      `The guide doesn't name ${named} as such. The nearest it comes is nursing homes and residential care facilities, both among the places it says care managers work:`,
    /** A place asked of the licensing answer just shown ("How about in Canada po, same requirement?", ut38a P06-T5). */
    licencePlaceInView: (place: string | null): string =>
      `The guide gives no licensing rules for ${place ?? 'a particular country or state'}, so I won't guess whether it's the same there. All it says is that whether you need a license depends on where you work and on the specific role, and that getting one usually means passing an exam and meeting education and experience requirements. Check what applies ${place ? `in ${place}` : 'where you plan to work'}.`,
    /** The writer's own pay weighed against the guide's entry level ("I make about 62k, would I take a pay cut?"), before that level. */
    payAgainstOwn: (own: string, range: string, against: 'below' | 'around' | 'above'): string =>
      `The guide's entry-level pay, a median ${range} a year, is ${against} the ${own} you earn now; it gives no figure for anyone in particular. Here is the entry level:`,
    /** Which of two kinds of thing comes first (understanding/questions/orderAsked.ts): no strict order, the guide's steps, then each. */
    orderNotSet: (first: string, second: string, earlier: { name: string; step: number }, later: { name: string; step: number }): string =>
      `The guide doesn't say which of ${first} and ${second} must come first. Its ten steps put ${earlier.name} at step ${earlier.step} and ${later.name} at step ${later.step}. What it says of each:`,
    /** The name of each kind in orderNotSet, and what the guide says of when it comes. */
    orderKinds: Object.freeze({
      education: { name: 'your education', said: "Education: while in school, internships or a practicum in health care settings help. The usual route is a bachelor's, then a few years of work experience, then a master's if the roles you want ask for one." },
      experience: { name: 'gaining experience', said: "Experience: in the usual route, relevant work experience follows the bachelor's, and the more you have, the better prepared you'll be." },
      volunteering: { name: 'volunteering', said: 'Volunteering: volunteering, or an internship at a healthcare facility or social service organization, is one way to gain experience.' },
      certification: { name: 'certification', said: "Certification: it isn't always required to get a job, and the guide suggests starting with the CCM. The CMC asks for a relevant degree, hours of supervised experience and an exam." },
      job: { name: 'finding a job', said: 'A job: start looking as you complete your education; roles such as care coordinator or case manager are a way in, to learn what the work involves.' },
    }),
    /** A membership or certification weighed against its cost (understanding/questions/worthPayingAsked.ts), before what it brings. */
    worthPayingNotGiven: (membership: boolean): string =>
      `The guide gives no ${membership ? 'membership fee' : 'cost for certification'}, so it doesn't weigh the price. Here is what it says ${membership ? 'membership' : 'certification'} brings:`,
    /** School subjects asked for before a degree (understanding/questions/schoolSubjectsAsked.ts), before the courses of a degree. */
    schoolSubjectsNotSaid:
      "The guide doesn't speak of school subjects to take before a degree, so I won't say which. The courses it names are those of a degree program:",
    /** Pay asked of one workplace or of one against another (understanding/questions/payBySettingAsked.ts), before the pay by level. */
    payBySettingNotGiven: (settings: readonly string[]): string =>
      `The guide gives no pay for care managers at ${settings.length > 1 ? `${settings.slice(0, -1).join(', ')} or ${settings.at(-1)}` : settings[0]} in particular${settings.length > 1 ? ", so it doesn't say which pays more" : ''}: its figures go by level and years of experience, wherever they work. Here they are:`,
    /** The writer's own pay set against a later level they named ("mid level pay vs what I make now"). */
    payAtLevelAgainstOwn: (level: string, own: string, range: string, against: 'below' | 'around' | 'above'): string =>
      `The guide's ${level} pay, a median ${range} a year, is ${against} the ${own} you earn now; it gives no figure for anyone in particular. Here is that level:`,
    /** The same with the writer's sum typed in no currency: set against the guide's dollars, if it is dollars, in one plain sentence. */
    payAtLevelAgainstOwnUntold: (level: string, own: string, range: string, against: 'below' | 'around' | 'above'): string =>
      `If your ${own} is in dollars, the guide's ${level} pay, a median ${range} a year, is ${against} it. Here is that level:`,
    /**
     * The writer's own pay above the guide's entry level ("I'm on $78k now, would I earn more?"): the level whose range
     * takes it in and the first whose range is above it, before the pay across the levels.
     */
    payAboveEntry: (own: string, entry: string, reach: { title: string; range: string }, above?: { title: string; range: string }): string =>
      `The guide's entry-level pay, a median ${entry} a year, is below the ${own} you earn now. ${
        above ? `Its ${reach.title} range, ${reach.range}, takes in ${own}, and its ${above.title} range, ${above.range}, is above it.` : `Its ranges reach ${own} at ${reach.title} level, ${reach.range}.`
      } It gives no figure for anyone in particular. Here is its pay by level:`,
    /** The same with the writer's sum typed in no currency ("I'm on about 37k"): set against the guide's dollars only if it is dollars. */
    payAgainstOwnUntold: (own: string, range: string, against: 'below' | 'around' | 'above'): string =>
      `If your ${own} is in dollars, the guide's entry-level pay, a median ${range} a year, is ${against} it. Here is the entry level:`,
    /** The same above the entry level with no currency typed ("I'm at like 95k, would i take a cut"): the levels that reach it, if it is dollars. */
    payAboveEntryUntold: (own: string, entry: string, reach: { title: string; range: string }): string =>
      `If your ${own} is in dollars, the guide's entry-level pay, a median ${entry} a year, is below it, and its ${reach.title} range, ${reach.range}, takes it in. Here is its pay by level:`,
    /** Pay asked with a master's or long experience named ("what do care managers make with a masters and lots of experience? I make around 92k"). */
    experiencedPay: (master: boolean, senior: string, director: string, own: string | null, against: 'below' | 'around' | 'above' | null): string =>
      `The guide ties pay to years of experience${master ? ", not to a master's" : ''}: with 5+ years, a senior care manager earns a median ${senior} a year, and a supervisor or director ${director}.${own && against ? ` If your ${own} is in dollars, the senior range ${against === 'around' ? 'takes it in' : against === 'below' ? 'is below it' : 'is above it'}.` : ''} Here is its pay by level:`,
    /** The writer's own pay told in another currency ("i'm on £38k, would I take a pay cut?"), before the guide's pay. */
    payOwnInAnotherCurrency: (own: string): string =>
      `The guide gives its pay only in dollars, as median ranges a year, for no particular country, so I can't set your ${own} against it or convert it. Here are its figures:`,
    /** Pay asked without a degree ("how much would I earn with no degree?"), before the guide's pay. */
    payWithoutDegree: "The guide gives no pay figure for care managers without a degree: its figures go by level and years of experience. Here is what it says:",
    /** A sum asked how long it takes to reach ("how many years till I'm back over 60k?"), before the level whose range goes past it. */
    yearsToPay: (sum: string): string =>
      `The guide ties pay to levels of experience and gives no time for reaching a sum. The first level whose median range goes past ${sum}:`,
    /** A certification asked of a place or a country ("is there a german certificate"), before the guide's answer on certifications. */
    certificationPlace: "The guide names its certifications and the bodies that offer them, but says nothing about where they are recognized, and gives no certification for a particular country, so I won't guess. Here is what it says on certification:",
    /** A certification asked by someone without a degree ("which cert can I get with no degree?"), before the answer. */
    certificationWithoutDegree:
      "The guide says the CMC needs a relevant degree, along with hours of supervised experience and an exam. It gives no degree rule for the CCM, so I won't guess whether you could sit it without one. Here is what it says:",
    /** An age asked about, before an answer ("I'm 52, is it too late for me?"). */
    ageLead: "The guide doesn't say anything about age. Here is what it does say:",
    /** An age weighed for starting, after an answer with nothing on age: no limit named, then the route in. */
    noAgeLimit: "The guide names no age limit for the career or for any of its steps, so I won't guess how yours would be seen. Its route in is the same at any age:",
    /** The same, told with no degree: before the guide's answer on the route without one. */
    fitOutsideNoDegree: "The guide doesn't weigh backgrounds one by one. It says you usually need a background in healthcare or social work; on doing it without a degree, it says:",
    /** "as a nurse would I need to go back to uni": before the guide's answer on degrees, with the field told when it names it. */
    moreStudy: (field?: string): string =>
      `${field ? `The guide names ${field} among the usual degrees for this career, and doesn't` : "The guide doesn't"} say whether you would need to study again. Here is what it says about degrees:`,
    /** "would my nursing years count towards mid-level": before that level's answer. */
    /** "Can I join CMSA without degree?": the guide gives no membership requirements. */
    membership:
      "The guide doesn't give membership requirements for the CMSA, the ACMA or any professional organization, so I can't say whether you could join. What it does say membership gives you:",
    /** "With 14 years as an RN, would I start at mid-level pay or entry?": the years told, and what the guide ties levels to. */
    startingLevel: (years: string): string =>
      `The guide ties each pay level to years of experience (entry-level 0–2 years, mid-level 2–5, senior 5+), and doesn't say whether years before care management, such as your ${years}, count toward them. So I can't say which level you'd start at. Its levels:`,
    /** "any way to jump in higher than entry level?": the guide gives no way in above it; its levels go with years. */
    /** "does the NP help me skip any steps?": the guide says neither, and where most careers start. */
    stepsSkippedNotSaid: (thing: string | null): string =>
      `The guide doesn't say whether ${thing ? `${thing} lets you` : 'you can'} skip any of its steps or start above junior care manager, so I won't guess. What it says is that junior care manager is where most care management careers start:`,
    higherStart:
      "The guide ties each pay level to years of experience (entry-level 0–2 years, mid-level 2–5, senior 5+) and describes no way in above the entry level, though it says certification may lead to higher pay. Its levels:",
    /** "would having a master's already get me in at a higher level or better pay?": the guide ties levels to years, not degrees. */
    degreeLevel: (degree: string): string =>
      `The guide ties each pay level to years of experience (entry-level 0–2 years, mid-level 2–5, senior 5+), and doesn't say that ${degree} puts you in at a higher level or pay. It does say some positions ask for a master's, depending on the employer and the level of responsibility. Its levels:`,
    towardsLevel:
      "The guide ties each level to years of experience and doesn't say whether years before care management count toward it. Here is what it says of that level:",
    /**
     * "Is this something I could realistically do?" from someone with a bachelor's in another field (ut39a P03, P09):
     * their case against the usual route, before how to gain experience. `askedMore` when they said jobs ask for a
     * master's or a licence.
     */
    fitOtherDegree: (askedMore: boolean): string =>
      `From what you've told me, you have a bachelor's in another field. The guide's usual route is a degree in social work, nursing or a related field, plus experience in health or social services. It gives no list of related fields, so I can't say whether yours counts.${askedMore ? ' Some roles ask for a master\'s, depending on the employer, and a license depends on where you work.' : ''} Experience is something you can start on now, and volunteering or interning count:`,
    /** "can someone like me be a care manager", told with no degree and work in care (ut39a P12): who it suits, then the route without one. */
    fitNoDegree:
      "The guide says the career suits people who truly want to help others and can cope with stress, and it doesn't weigh backgrounds one by one. As you have no degree, here is what it says about doing it without one:",
    /** "could someone like me do this?" after a story outside health and social care: before who the career suits. */
    fitOutside:
      "The guide doesn't weigh backgrounds one by one. It says you usually need a background in healthcare or social work, and here is what it says about who the career suits:",
  }),
  /** A ranking on a criterion the guide never weighs ("which is easier"). */
  notRanked: (criterion: string): string => `The guide doesn't say which is ${criterion}, so I won't guess. I've noted your question so the guide can be improved.`,
  /** An item picked from the list an answer showed ("the second one" after the career path), with its place in it. */
  listItem: (position: number, count: number, title: string): string => `Number ${position} of the ${count} in "${title}":`,
  /** After an item picked from a list that has no answer of its own: its words in the list are all the guide gives. */
  listItemIsAll: 'That is all the guide says about it.',
  /** Something asked of an item picked from a list that has no answer of its own ("the first one, what does it pay?"). */
  listItemNotGiven: (item: string): string =>
    `The guide says no more about ${item} than its place in the list, so I won't guess. I've noted your question so the guide can be improved.`,
  /** What the guide never gives, asked of the answer in view (understanding/inView/notGivenInView.ts), before that answer. */
  notGivenInView: Object.freeze({
    'who-pays': (title: string): string => `The guide doesn't say who pays for that, you or an employer, so I won't guess. What it says on "${title}":`,
    count: (title: string): string => `The guide doesn't give a number for that, so I won't guess one. What it says on "${title}":`,
    cost: (title: string): string => `The guide doesn't give a cost for that, so I won't guess one. What it says on "${title}":`,
    'pay-cause': (title: string): string =>
      `The guide doesn't say whether that will change pay, so I won't guess. It gives pay only as median ranges by level, rising with experience. What it says on "${title}":`,
    workspace: (title: string): string => `The guide doesn't say what kind of workspace or office care managers get, so I won't guess. What it says on "${title}":`,
    'kept-for': (title: string): string => `The guide doesn't say how long things are kept, so I won't guess. What it says on "${title}":`,
  }),
  /** A year asked as the unit of the pay in view ("is that per hour or per year?"): the guide's pay is a year's. */
  payByTheYear: 'Per year: the guide gives its pay as median ranges a year, not by the hour or the month.',
  /** Years asked of a level in view that the guide gives no number for ("how many years does that take?" after the director role). */
  /** Time to a level above care manager asked by name: what the guide says of the way up, after the level's own years. */
  wayUpYears: 'Moving up comes after several years of experience as a care manager, and senior care managers usually have 5+ years.',
  rungYearsNotGiven: (level: string, years: string): string =>
    `The guide gives no number of years for the ${level} level: it says only that it comes with ${years}. What it says of that level:`,
  /** A follow-up the answer in view already answers: what of it speaks to the question, not the whole answer again. */
  partInView: (title: string): string => `The answer above on "${title}" is what the guide says on that, and it says no more, so I won't guess. The part that comes closest:`,
  /** Before the one item of a list whose own answer says what was asked ("which one covers the legal side?": the CMC). */
  itemSaying: (title: string): string => `The guide ties that to the ${title}:`,
  /** Before what the guide says of the thing asked for each item, when more than one says it ("which one has an exam?"). */
  eachItemSays: 'The guide says this of each:',
  /** An item whose answer says nothing of the thing asked, beside one that does. */
  itemSaysNothing: "the guide doesn't say.",
  /** The part of the answer in view that gives what the question asks of it ("how many years to get there" after senior pay). */
  partGives: (title: string): string => `From the answer above on "${title}":`,
  /** What a short form the answer in view spells out stands for ("what does the first one stand for?"). */
  shortFormStandsFor: (short: string, name: string): string => `${short} stands for ${name}.`,
  /** Before the four areas, when who the clients are is asked ("what sort of people are their clients?"). */
  whoTheClientsAre:
    'The guide says care managers serve people dealing with physical, emotional or social issues, particularly older people and people with complex health conditions. Some focus on one group:',
  /** A thing asked of the answer in view that no answer of the guide says ("any nights?" after the hours). */
  thingNotMentioned: (thing: string, title: string): string => `The guide doesn't mention ${thing}. What it says on "${title}":`,
  /** "What's the first thing I should actually do, like this week?": the guide's first steps, and the walk offered (talk39). */
  firstThing:
    "Start where the guide starts. Step 1 is getting to know the role: what care managers do and who they help. Then check your education against what the work usually asks (Step 2), and look for hands-on experience, for example by volunteering or interning at a hospital, nursing home or social-service agency (Step 3). Want to go through the career steps one at a time?",
  /** "Would my finance skills help anywhere in this field": never named as such; the budgeting and planning of higher roles (talk39). */
  financeSkillsNear:
    "The guide doesn't talk about finance skills as such, so I won't say how much they count. It comes near in two places: it says higher-level management roles often call for budgeting, strategic planning and program development, and the CMC exam covers financial issues among its topics. Here is what it says on moving up:",
  /** "My husband is asking if he can also do it": the career asked for someone else, answered for them (talk39). */
  forSomeoneElse: (who: string, finance: boolean): string =>
    `For your ${who}: the usual route is a bachelor's in social work, nursing or a related field, and the guide names no other fields${finance ? ", so accounting isn't one it mentions (it does say higher-level roles often call for budgeting and strategic planning)" : ''}. Here is what it says about coming in without one of those degrees:`,
  /** "budgeting is mentioned somewhere right?": yes, and where (talk39). */
  mentionFound: (thing: string, section: string): string => `Yes: the guide mentions ${thing}, under "${section}". Here is what it says:`,
  /** "does it mention X or Y?" where it names one but not the other (talk39). */
  mentionPartly: (found: string, missing: string, section: string): string =>
    `The guide mentions ${found} (under "${section}"), but not ${missing}. Here is what it says:`,
  /** "Does the guide say anything about Canada?": no, and the nearest it says, that a licence depends on where you work (talk39). */
  mentionOfAPlaceMissing: (thing: string): string =>
    `No, the guide doesn't mention ${thing}. The nearest it comes is saying that you may need a license to practice, depending on where you work:`,
  /** One's own work or way with people weighed as enough ("would ten years as a mortgage clerk be enough?"): the guide weighs no one's own. */
  ownEnoughNotWeighed: (title: string): string => `The guide doesn't weigh anyone's own work or skills, so it can't say whether that's enough for you. What it says on "${title}":`,
  /** The same asked of the other of two, where neither answer gives it ("and the CCM?" after no cost for the CMC exam). */
  notGivenEither: (thing: string): string => `The guide doesn't give that for ${thing} either, so I won't guess.`,
  /** The answer in view asked of one setting or group it never names ("at the insurance companies specifically?" after the hours). */
  notSaidInParticular: (thing: string, title: string): string => `The guide doesn't say that for ${thing} in particular. What it says on "${title}", in general:`,
  /** A follow-up the answer in view does not speak to, which another answer does ("do they work with schools?" after the team). */
  saidUnder: (title: string): string => `The answer above doesn't speak of that, but the guide does, under "${title}":`,
  /** The same, when no part of the answer speaks to the question more than the rest: what the answer is about. */
  allInView: (title: string): string => `The answer above on "${title}" is all the guide says on that, so I won't guess beyond it. In short:`,
  /**
   * Before an answer whose text does not give what the question asks of its subject (knowledge/aspects.ts directAsk):
   * said first, in one line, then what the guide does say.
   */
  direct: Object.freeze({
    /** How high pay goes (understanding/questions/payCeilingAsked.ts): the guide's top two bands, side by side. */
    payCeiling: "The highest pay the guide gives is at the top of the ladder: directors, and above them vice presidents of care management.",
    /** Their own English asked whether it is a problem: the guide speaks of no language level, and calls communication paramount. */
    ownEnglish:
      "The guide doesn't speak of language level or of English in particular, so I won't guess. What it does say is that excellent communication skills are paramount for a care manager, who is in constant contact with patients, families and healthcare professionals:",
    /** Asked whether something is needed by someone who says they already know it: the guide never says how much is enough. */
    alreadyKnown: "You said you already know some of this: the guide doesn't say how much is enough, so I won't guess. Here is what it says the job calls for:",
    /** How to set up a practice of one's own ("how would I set up my own practice?"): the guide says only that one can. */
    ownPracticeNotSaid:
      "The guide doesn't say how to set up your own practice (no steps, licenses or costs for it), so I won't guess. All it says of working for yourself is this:",
    /** How hard one area is, asked of it in view ("is it hard?" after pediatric): the guide speaks of the job as a whole only. */
    areaHardNotSaid: (area: string): string =>
      `The guide doesn't say how hard ${area} is compared with the other areas. Of the job as a whole, it says this:`,
    /** The day to day of an area asked ("what would that look like day to day?" after pediatric): the guide gives no day of its own for it. */
    areaDay: (area: string, certification: boolean): string =>
      `The guide doesn't describe a typical day in ${area.charAt(0).toLowerCase()}${area.slice(1)} on its own${certification ? ', and names no certification for that area in particular: it says to expect extra training, and possibly a certification, in it' : ''}. What it says that work involves:`,
    /** The same, its answer just shown: what the guide says of the area's work, then its day for care managers in general. */
    areaDayInGeneral: (area: string, work: string): string =>
      `The guide doesn't describe a typical day in ${area.charAt(0).toLowerCase()}${area.slice(1)} on its own. What it says of that area's work: ${work.replace(/\.?$/, '.')} The day-to-day tasks it gives for care managers in general:`,
    /** What it takes, asked by someone who told of work in health care ("army medic ... what do i need"). */
    neededWithWork: (work: string, degree: boolean, years: string | null = null, place: string | null = null): string => {
      const done = `${years ? `${years} as` : 'work as'} ${work}${place ? ` in ${place} (among the places the guide names)` : ''}`;
      return degree
        ? `From what you've told me, you have the background the guide describes: a degree in one of its fields, and ${done}, which is the kind of experience it says is often required. Here is all it says is needed:`
        : `From what you've told me, your ${done} is the kind of experience the guide says is often required (case management, counseling or healthcare delivery). What is left is the usual degree, a bachelor's in nursing, social work or a related field, and the knowledge and skills below:`;
    },
    /** "would my experience leading a team help later, for the senior roles?": leadership is a skill the guide names for moving up. */
    leadingLater:
      "The guide names leadership among a care manager's essential skills, and says moving up to senior or director roles calls for managerial and leadership skills, so leading people builds a skill it asks for there. It doesn't say whether leading people outside health or social services counts toward the years of experience its levels ask for. What it says of moving up:",
    /** "so whats my next step, finish the bachelors first?": the guide's order, and what it suggests while studying. */
    finishFirst:
      "Yes: the guide's route puts education first (step 2), with relevant work experience after it (step 3), and some positions ask for a master's later. While you study, it suggests an internship or practicum in a health care setting:",
    /** "Is it mostly desk work? I can't be lifting people": the guide says neither. */
    deskWorkNotSaid:
      "The guide doesn't say how much of the work is at a desk, or how physically demanding it is, so I won't guess. I've noted your question so the guide can be improved. What it describes a care manager doing day to day:",
    /** The quickest way in asked by someone with no experience ("fastest way to become a care manager with no healthcare experience?"). */
    experienceGapQuickest:
      "The guide gives no quicker way in without experience: it says employers often ask for relevant experience, such as case management, counseling or delivering healthcare, and that hands-on work in health or social services is crucial. Here is how it says you can gain it:",
    /** One certification asked whether to skip for the other ("skip the CCM and go straight for the CMC?"). */
    certificationSkipped: (skipped: 'ccm' | 'cmc'): string =>
      `The guide doesn't say to skip the ${skipped.toUpperCase()}. It suggests the CCM as a good one to start with, and says the CMC needs a relevant degree, hours of supervised experience and an exam. Here is what it says of both:`,
    /** No experience told, asked whether it stands in the way ("never worked with patients. is that a dealbreaker?"): the guide's "often required". */
    experienceGap:
      "The guide doesn't rule it out, but it says employers often ask for relevant experience, such as case management, counseling or delivering healthcare, and that hands-on work in health or social services is crucial. Here is how it says you can gain it:",
    /** Something about themselves asked whether it stands in the way ("I'm quite shy, is that a dealbreaker?"): the guide speaks of no trait. */
    traitNotSpoken: (trait: string, whose: 'own' | 'other' = 'own'): string =>
      `The guide doesn't speak of ${trait}, so I won't say whether it would stand in ${whose === 'own' ? 'your' : 'their'} way. What it does say the job calls for is this:`,
    /** A qualification short of a bachelor's set against the degree ("a TAFE cert IV instead of uni"), which the guide never speaks of. */
    shortOfADegree: (kind: string): string =>
      `The guide doesn't speak of ${kind}, so I won't say whether one would do instead of a bachelor's. The degree it speaks of is a bachelor's in social work, nursing or a related field (about four years), which most employers prefer, and it says this of the route without one:`,
    /** Two groups named that two areas serve ("kids and diabetes, which specialty is that"): both areas follow. */
    areasBothFit: (count: number): string =>
      `What you describe fits ${count === 2 ? 'two' : count === 3 ? 'three' : 'all four'} of the areas the guide describes for specializing, so you could choose ${count === 2 ? 'either' : 'any of them'}:`,
    /** A condition the guide never names ("stroke"): the areas nearest to it by the guide's descriptions follow. */
    conditionNotNamed: (condition: string, count: number): string =>
      `The guide doesn't name ${condition}, so I won't say for sure which area it belongs to. The nearest ${count === 1 ? 'area it describes is' : 'areas it describes are'}:`,
    /** Something of one's own set beside the answer in view as the same ("i calm nervous dogs all day, is that the same thing?"). */
    ownNotCompared: (title: string): string => `The guide doesn't say whether what you do is the same thing, so I won't guess. What it says on "${title}":`,
    /** Where or how to learn a subject a relevant degree teaches ("where would i learn the medical terminology?"). */
    taughtInTheDegree: (subject: string): string => `The guide names ${subject} among the courses of a relevant degree:`,
    /** "do hospitals move their kitchen staff into those roles?": the guide says nothing of moves inside one employer. */
    staffMovedNotSaid: "The guide doesn't say whether employers move their own staff into these roles, so I won't guess. What it says of the jobs to start in:",
    /** "how many yrs from junior to senior": no set time; the years the guide ties its levels to (`years`: "entry-level 0–2 years, ..., senior 5+ years"). */
    rungToRung: (years: string): string =>
      `The guide gives no set time to move from one level to the next. It ties its levels to years of experience: ${years}. Here is what it says of that level:`,
    /** An area asked for close to work the person described that names none of the four ("Is there a specialty close to that?"). */
    noAreaNearTheStory:
      "The guide doesn't describe an area of care management close to the work you describe, so I won't guess which comes nearest. The four areas it describes for specializing are these:",
    /** An area of care asked for by name that the guide does not describe ("a palliative care specialism"): its four areas follow. */
    areaNotDescribed: (area: string): string =>
      `The guide doesn't describe an area for ${area}, so I won't guess whether there is one. The areas it describes for specializing are these:`,
    /**
     * A skill of the guide's list asked of by a name its answers do not use ("What is cultural competency?"): what the
     * guide's list says it is, before its answer on the skills.
     */
    skillNamed: (skill: 'cultural competency' | 'resilience' | 'adaptability'): string =>
      `The guide names ${skill} among the essential skills of a care manager: ${SKILL_MEANINGS[skill]}. Here is what it says of the skills:`,
    hardThing: (thing: string): string => `The guide doesn't say how hard ${thing} is. Here is what it does say:`,
    hardToDo: (doing: string): string => `The guide doesn't say how hard it is to ${doing}. Here is what it does say:`,
    hardIt: "The guide doesn't say how hard it is. Here is what it does say:",
    /** The close of a lead before an answer, dropped where no answer follows. */
    hereIsWhat: 'Here is what it does say:',
    /** Where no answer follows a lead: the question is noted. */
    noted: "I've noted your question so the guide can be improved.",
    /** The job weighed, where the entry in view does not weigh it: the guide's own words elsewhere ("It is a demanding job"). */
    hardJob: 'The guide calls it a demanding job, and gives no other measure of how hard it is. Here is what it says on that:',
    /** Becoming one weighed: the guide's closing words say the way there may be demanding, and well worth it. */
    hardBecoming: "The guide says getting there may be demanding but is well worth it; it doesn't measure how hard it is beyond that. Here is what it says on that:",
    notRanked: "The guide doesn't rank them. Here is what it says:",
    /** Which to take first, where the guide says which to start with ("CCM or CMC, which first?"). */
    startWith: (thing: string): string => `The guide suggests starting with the ${thing}. Here is what it says:`,
    /** Two things weighed on a criterion the guide does not weigh them on ("is geriatric care harder than pediatric"). */
    notWeighed: (criterion: string): string => `The guide doesn't say which is ${criterion}. Here is what it says:`,
    /** How long a thing takes, where the guide gives its time in lines of its own: said first, before the answer. */
    durationSaid: 'On how long that takes, the guide says:',
    /** After the lines on how long a thing takes: the answer they lead. */
    durationRest: 'Here is the rest of what it says:',
    /** How long a thing takes, where the guide gives it no time (the CCM, a step of the walk). */
    durationNotSaid: (thing: string): string => `The guide doesn't say how long ${thing} takes.`,
    /** How long it takes without something (a degree), where the guide's time is for the usual route. */
    durationWithout: (what: string): string => `The guide doesn't say how long it takes without ${what}.`,
    /** How long it takes for someone who already has a degree: the guide's times for the rest of its route follow. */
    durationHaving: (what: string): string => `The guide gives no separate time for someone who already has ${what}. After it, its route has:`,
    /** Before what the guide says of the route without it. */
    durationOnRoute: 'On that route, it says:',
    /** Before an answer that gives a time, for the career. */
    durationRoute: 'Here is what it says on how long it takes:',
    /** What one needs for a credential, where its answer lists none ("what do I need to qualify for the CCM"). */
    requirementsNotSaid: (thing: string): string => `The guide doesn't list what you need for ${thing}.`,
    /** After it: the credential next to it whose answer lists them. */
    requirementsNextDoor: (other: string): string => `It does for ${other}:`,
    /** Before the answer on the credential asked of, after the other's list. */
    onTheThing: (thing: string): string => `Here is what it says on ${thing}:`,
    /** Which one matters most, where neither the answer nor its neighbours single one out. */
    notSingledOut: "The guide doesn't say which matters most. Here is what it says:",
    /** Which one matters most, where an answer next to it singles one out ("Communication is one of the most important skills"). */
    singledOutNextDoor: (other: string): string => `The guide doesn't rank them here, but in its answer on ${other} it says:`,
    /** A field the guide names: among the usual degrees (social work, nursing), or among those entry-level care managers may hold (health care administration). */
    fieldNamed: (field: string, where: 'usual' | 'entry-level' = 'usual'): string =>
      where === 'usual' ? `Yes: the guide names ${field} among the usual degrees for this career.` : `Yes: the guide names a bachelor's in ${field} among the degrees entry-level care managers may hold.`,
    /** "do i need to be a nurse?": the guide's plain no, from what it names and its answer on the route without a degree. */
    mustBe: (job: 'nurse' | 'registered nurse' | 'social worker'): string =>
      job === 'registered nurse'
        ? "The guide doesn't say: it never sets an RN beside an LPN or any other kind of nurse. Nursing is one of the degrees it names, with social work or a related field, and it says a degree in healthcare or social work isn't strictly required, though most employers prefer a bachelor's in a related field plus relevant experience. Here is what it says:"
        : `No: the guide doesn't say you must be a ${job}. It names a bachelor's in nursing, social work or a related field, and says a degree in healthcare or social work isn't strictly required, though most employers prefer a bachelor's in a related field plus relevant experience. Here is what it says:`,
    /** "Would a care manager job be a step up or sideways for me?": the guide weighs the career against no other job. */
    stepUpNotSaid:
      "The guide doesn't weigh care management against other jobs, so it can't say whether it would be a step up or sideways for you. What it gives is the pay by level, to set against your own:",
    /** "would geriatric be a thing for me?": the guide never matches an area to a background; what it says of the area. */
    areaFitNotSaid: (area: string): string => `The guide doesn't say who ${area} suits, so that's yours to judge. Here is what it says of the work:`,
    /** "could I work as a care coordinator while I'm in school?": the guide's finding a job, which says to start while studying. */
    workWhileStudying: (role: string | null): string =>
      role ? `The guide names ${role} among the roles close to care management to aim for, while you're still finishing your education:` : 'Here is what the guide says of looking for work while you study:',
    /** "could i keep driving part time while i get experience?": the guide speaks of no other job kept; volunteering and interning count. */
    jobKeptWhileGaining:
      "The guide doesn't talk about keeping another job while you gain experience. It does say volunteering and interning count as experience too. Here is what it says:",
    /** "I'm great with people in stressful situations ... fluent in Spanish. Would those skills matter?": the guide's names for them. */
    skillsToldNamed: (skills: readonly string[], language: boolean): string =>
      `Yes: the guide names ${andJoined(skills)} among the skills a care manager needs.${language ? " It doesn't mention speaking other languages; the nearest skill it names is cultural competency, understanding and respecting differences between patients." : ''} Here is its list:`,
    /**
     * "Does my sales/clinical product knowledge transfer?" (understanding/person/ownKnowhowCarried.ts): what the guide
     * names among a care manager's skills, what it never speaks of and the skills it names nearest, before its list.
     */
    knowhowCarried: (named: readonly string[], notSpoken: readonly string[], nearest: readonly string[]): string =>
      [
        notSpoken.length > 0 ? `The guide doesn't talk about ${andJoined(notSpoken)}, so I won't say whether it carries over.` : '',
        named.length > 0 ? `${notSpoken.length > 0 ? 'It does name' : 'Yes: the guide names'} ${andJoined(named)} among the skills a care manager needs${notSpoken.length > 0 && nearest.length > 0 ? `, and, nearest to ${andJoined(notSpoken)}, ${andJoined(nearest)}` : ''}.` : '',
        named.length === 0 && nearest.length > 0 ? `The skills it names nearest to it are ${andJoined(nearest)}.` : '',
        'Here is its list:',
      ]
        .filter(Boolean)
        .join(' '),
    /** "can i do 2 and 3 at the same time?": study and experience together, as the guide's internships and first jobs have it. */
    studyAndExperienceTogether:
      "The guide doesn't say its steps must be done one at a time: it suggests an internship or practicum while you study, and looking for work while you're still finishing your education. Here is what it says:",
    /** "can I get hired without clinical experience?": what the guide says employers ask for, then how to gain it. */
    hiredWithoutExperience:
      "The guide says employers often ask for relevant experience, such as case management, counseling or delivering healthcare, and most prefer candidates who have it. It doesn't say whether you can be hired without any. It does say how to gain it:",
    /** A qualification or title weighed as a field's background ("Does an LPN count as a nursing background ... or do I need to be an RN?"). */
    backgroundNotSaid: (thing: string, field: string, mustBe: 'nurse' | 'social worker' | null): string =>
      `The guide doesn't say whether ${thing} counts as a ${field} background${mustBe ? `, and it doesn't say you must be a ${mustBe}` : ''}. It names a bachelor's in nursing, social work or a related field, and says a degree in healthcare or social work isn't strictly required, though most employers prefer a bachelor's in a related field plus relevant experience. Here is what it says:`,
    /** A field that is also work the guide asks experience in ("does my counseling background count?"), before what it says is needed. */
    fieldAsWork: (field: string, job: string, named: string): string =>
      `The guide asks for relevant experience in case management, counseling or healthcare delivery${job ? `, and names ${job} among the jobs to start in` : ''}. As a degree, it names ${named}, and gives no list of related fields, so it doesn't say whether ${field} counts as one. Here is what it says is needed:`,
    fieldNotNamed: (field: string, named: string, taught = false): string =>
      `The guide names ${named}, and gives no list of related fields, so it doesn't say whether ${field} counts as one.${taught ? ` ${Messages.direct.taught(field)}` : ''}`,
    /** A field the guide names among what a degree program teaches, though not as a degree of its own. */
    taught: (field: string): string =>
      `It does name ${field} among what a degree program teaches, with medical terminology, health services administration, and health care law and ethics.`,
    /**
     * A degree of the writer's weighed (understanding/person/experienceCounts.ts `degreeWeighed`), before the guide's answer on
     * degrees: from another country said first (never a "Yes" to "is it valid here?"), then whether the guide names its
     * field (`named`: the fields it names), what it does not speak of, and the work told beside it (`workToo`).
     */
    degreeWeighed: (
      degree: { field: string | null; named: boolean; abroad: boolean; associate: boolean; studyAgain: boolean; taught?: boolean; eligibility?: boolean; inTheWay?: boolean },
      named: string,
      workToo?: string,
      where: 'usual' | 'entry-level' = 'usual',
    ): string => {
      const subject = degree.abroad ? 'It' : 'The guide';
      const among = where === 'usual' ? `${degree.field} among the usual degrees for this career` : `a bachelor's in ${degree.field} among the degrees entry-level care managers may hold`;
      const field =
        degree.field === null
          ? `${subject} names ${named}, and gives no list of related fields.`
          : degree.named
            ? // An associate degree in a field it names gets no "Yes": the guide speaks only of bachelor's and master's (ut35a, P08 m3).
              `${degree.abroad || degree.associate ? '' : degree.inTheWay ? 'No: ' : 'Yes: '}${subject === 'It' ? 'It' : degree.associate ? 'The guide' : 'the guide'} names ${among}.`
            : degree.taught
              ? `${subject} gives no list of related fields and doesn't name ${degree.field} as a degree of its own, but it does name ${degree.field} among the courses a relevant degree typically includes, with medical terminology, health services administration, and health care law and ethics. The degrees it names are ${named}.`
              : `${subject} names ${named}, and gives no list of related fields, so it doesn't say whether ${degree.field} counts as one.`;
      return [
        degree.abroad ? "The guide doesn't speak of degrees from other countries, so I won't say whether yours is recognized." : '',
        field,
        // A degree from abroad: the guide's one line on a license, which turns on where they work (ut39a P06-T2).
        degree.abroad ? 'It does say a license may be needed once you have graduated, depending on where you work and on the role, so find out what applies there.' : '',
        degree.associate ? `It speaks of bachelor's and master's degrees, not associate degrees${degree.named && degree.field !== null ? ', so it doesn\'t say whether yours counts' : ''}.` : '',
        degree.studyAgain ? "It doesn't say whether you would need to study again." : '',
        // Asked whether another degree is needed, or whether it lets them in, with one the guide does not name: what it
        // says of a degree outside those fields.
        (degree.studyAgain || degree.eligibility) && !degree.named && degree.field !== null
          ? "It does say a degree in healthcare or social work isn't strictly required, though most employers prefer a bachelor's in a related field plus relevant experience."
          : '',
        workToo ?? '',
        'Here is what it says about degrees:',
      ]
        .filter(Boolean)
        .join(' ');
    },
    physical: "The guide doesn't say how physically demanding the work is. Here is what it does say:",
    /** The physical side asked with nothing answered: said so, then the entries on the work itself as buttons. */
    physicalNearby: "The guide doesn't say how physically demanding the work is, so I won't guess. I've noted your question so the guide can be improved.",
  }),
  /** A short question asked of the thing in view that the guide answers only for the career ("how long does that take" after the CCM). */
  /** Before the experience the guide describes, asked whether something counts as experience (understanding/person/experienceCounts.ts). */
  experienceCounts: Object.freeze({
    'care-work': 'Yes: work in health or social services is the experience the guide describes.',
    'not-said': "The guide doesn't say whether that counts, so I won't guess. The experience it describes is work, volunteering or interning in health or social services:",
    'family-care': "The guide doesn't speak of caring for your own family, so I won't guess whether it counts. The experience it describes is work, volunteering or interning in health or social services:",
    way: 'If it is at a healthcare facility or a social service organization, yes: the guide names volunteering and interning there as ways to gain this experience.',
  }),
  /**
   * The same yes, with what the guide itself names of the work told: the place ("hospitals") and the first job
   * ("healthcare assistant"). `then` when it follows a reply that did not know it ("i work IN a hospital").
   */
  /** Volunteering in care told beside another question (ut39c P04-T2): how the guide counts it, before the answer. */
  volunteeringBeside:
    'On your volunteering: the guide names volunteering at healthcare facilities or social service organizations as a way to gain the experience in health or social services its route asks for.',
  experienceNamed: (named: { place?: string; job?: string; way?: string }, how: 'yes' | 'then' | 'also' = 'yes'): string => {
    const opening = how === 'also' ? 'For your work, the guide names' : `${how === 'then' ? 'Then yes' : 'Yes'}: the guide names`;
    if (named.way) return `${opening} ${named.way} at healthcare facilities or social service organizations as a way to gain this experience.`;
    const place = named.place ? `${named.place} among the places to gain experience in health or social services` : '';
    const job = named.job ? `${named.job} among the jobs to start in` : '';
    return `${opening} ${[place, job].filter(Boolean).join(', and ')}.`;
  },
  /**
   * The yes for a job in health or social services told with its years ("a dialysis tech for 6 yrs"), with the kind of
   * experience the guide says employers often ask for that the job is (`words`), when it is one.
   */
  experienceOfJob: (job: string, years: string | null, words: string | null): string =>
    `Yes: ${years ? `${years} as ${Messages.withArticle(job)}` : `work as ${Messages.withArticle(job)}`} is work in health or social services, the experience the guide describes${
      words ? `, and ${words} is among the experience it says employers often ask for` : ''
    }.`,
  /** After the yes, asked whether only case management experience counts ("or does it have to be case management specifically?"). */
  caseManagementNotOnly: 'Case management is one of the three kinds it names, with counseling and healthcare delivery, not the only one.',
  /** "a" or "an" before a word. */
  withArticle: (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`,
  /** Before the experience the guide describes, when it does not say whether the writer's counts but says something near it. */
  experienceNotSaid: Object.freeze({
    /** "I'm a pharmacist, doesn't that count for something?": health work the guide doesn't name, and what it says of medications. */
    pharmacy:
      "The guide doesn't name pharmacy work among the experience it describes, so I won't say whether it counts as that. It does name medical knowledge, including an understanding of medications, among the skills care managers need, and says they may manage medication schedules. The experience it describes is work, volunteering or interning in health or social services:",
    /** "does pastoral counseling count?", "counseling in a church setting": care in a religious setting, which the guide never speaks of. */
    faith: (counseling: boolean): string =>
      `The guide doesn't speak of work in a religious setting, so I won't say whether it counts.${
        counseling ? ' It does name counseling among the experience employers often ask for, in health or social services.' : ''
      } The experience it describes is work, volunteering or interning in health or social services:`,
    /**
     * Counseling asked of after faith work was told ("Would my counseling with teens count as experience?" from a youth
     * pastor, ut39c P10-T3): the guide names counselor jobs, not counseling done in a ministry, unpaid or not.
     */
    faithCounselingToldBefore:
      "The guide names counselor among the jobs to start in, and counseling among the experience employers often ask for, but that means work in health or social services. It doesn't speak of counseling done in a ministry or church, so I won't say whether yours counts. The experience it describes is work, volunteering or interning in health or social services:",
    /** The same beside a degree weighed ("an MDiv, and do my years of pastoral counseling count?"): one line, no answer after it. */
    faithBeside: (counseling: boolean): string =>
      `For your work, the guide doesn't speak of work in a religious setting, so I won't say whether it counts as the experience it describes (work, volunteering or interning in health or social services)${
        counseling ? '. It does name counseling among the experience employers often ask for' : ''
      }.`,
    /** Other work asked of beside a degree weighed ("and does 8 yrs of claims handling count as experience?"): one line. */
    besideDegree:
      "For your work, the guide doesn't say whether it counts as the experience it describes (work, volunteering or interning in health or social services), so I won't guess.",
    /**
     * "does any of that count?" from a police officer of their "crisis calls, mental health stuff": the people or
     * subjects of a job outside the field, which the guide does not name; what it says of crisis work, when told.
     */
    jobOutside: (job: string, crisis: boolean): string =>
      `The guide doesn't name work as ${Messages.withArticle(job)} among the experience it describes, so I won't say yours counts as that.${
        crisis ? ' Your crisis work is close to what it says care managers need, though: quick decision-making and crisis management, and staying calm in high-stress situations.' : ''
      } It says employers often ask for experience in case management, counseling or healthcare delivery, gained by working, volunteering or interning in health or social services:`,
    /** "does interpreting count as experience in delivering care?": the guide's kind asked of, with no work in the field told. */
    guideKind:
      "The guide doesn't say whether that counts as care delivery, so I won't guess. It says employers often ask for experience in case management, counseling or healthcare delivery, gained by working, volunteering or interning in health or social services:",
    /** "I work in a library, does that count?": work plainly outside health and social services. */
    outside: (work: string, families = false): string =>
      `${work.charAt(0).toUpperCase()}${work.slice(1)} isn't work in health or social services, so it isn't the experience the guide describes.${families ? ` ${Messages.experienceNotSaid.familiesKnown}` : ''} It says employers often ask for experience in case management, counseling or healthcare delivery, gained by working, volunteering or interning in health or social services:`,
    /** "I help refugees with their paperwork, is that relevant?": near social services, though the guide doesn't name it. */
    helpingThroughServices: (paperwork: boolean): string =>
      `The guide doesn't name that work, so I won't say for sure it counts. It does say care managers advocate for their clients${paperwork ? ' and help them with paperwork' : ''}, and it names volunteering at social service organizations as a way to gain experience: if you do this with one, that is the kind it describes.`,
    /**
     * "my job is coordinating all day. that help?", "would my finance background be useful?": work outside health or
     * social services that names a skill the guide lists, said with the guide's words for it (ut31a 24, ut32a P12 #4).
     */
    skillOfTheGuide: (skill: string): string =>
      `It helps with the skills: the guide names ${skill}. But it doesn't say whether that work counts as experience, so I won't guess. The experience it describes is work, volunteering or interning in health or social services:`,
    /** Several skills told of work outside the field ("I do the books, scheduling, deal with cranky customers. does any of that help?"). */
    skillsOfTheGuide: (skills: readonly string[]): string =>
      `It helps with the skills: the guide names ${andJoined(skills)} among those care managers need. But it doesn't say whether that work counts as experience, so I won't guess. The experience it describes is work, volunteering or interning in health or social services:`,
    /** After work outside the field, knowing families told ("I do the special needs route, I know alot of the families"). */
    familiesKnown: 'Knowing families is close to the job, though: the guide says care managers work closely with their clients\' families.',
    /** "I build EHR templates in case management software, does that count?" */
    software:
      "The guide names familiarity with case management software and electronic health records among the skills care managers need, but doesn't say whether work on them counts as experience, so I won't guess. The experience it describes is work, volunteering or interning in health or social services:",
    /** "I was an army medic for 8 years, does that count?" */
    militaryHealth:
      "The guide doesn't speak of military service, so I won't say whether yours counts. It asks for relevant experience in case management, counseling or healthcare delivery, and the experience it describes is work, volunteering or interning in health or social services:",
    /** "20 years managing people, rotas and budgets: does that count?" */
    managing:
      "The guide doesn't say whether managing people outside health or social services counts as experience, so I won't guess. It does name leadership and organizational skills among those care managers need, and says strategic planning, program development and budgeting are often required in higher-level management roles. The experience it describes is work, volunteering or interning in health or social services:",
  }),
  notGivenFor: (subject: string): string => `The guide doesn't answer that for ${subject}, so I won't guess. I've noted your question so the guide can be improved.`,
  /** A question asked of the thing in view that the guide answers for the career: what the thing's own answer says of it. */
  saidOfSubject: (subject: string): string => `On ${subject}, the guide says:`,
  /** The same, from the career's answer to the question, which names the thing ("about four years for a bachelor's degree"). */
  saidInGeneral: (subject: string, question: string): string => `On ${subject}, the guide says, in its answer to "${question}":`,
  /** After saidOfSubject: the lines of the career's answer that name the thing. */
  andInGeneral: (question: string): string => `And in its answer to "${question}":`,
  /** After what the guide says of the thing: the career's own answer to the question, in short. */
  forTheCareer: 'For the career as a whole:',
  /** After notGivenFor: the thing's own answer, and the career's answer to the question, as buttons. */
  notGivenForNearby: 'Here is what it says on that subject, and on the career in general:',
  /** After noFigure, before the words of the answer in view that speak of the thing counted ("a certain number of hours"). */
  noFigureSaid: (title: string): string => `The answer above on "${title}" says only:`,
  /** After noFigure, with the entry the question is about. */
  noFigureNearby: 'Here is what it does say on the subject:',
  /** After noMatch, when entries near the question exist (rendering/beyond/nearby.ts). */
  nearby: 'Here is what the guide does say nearby:',
  empty: "I didn't catch a question there.",
  coverage:
    'I can help with: what care managers do, the ten career steps, degrees and courses, experience, certifications, ' +
    'specializations, skills, salary and career progression.',
  rephrase: 'Try a short question such as "How long does it take?" or "Which certification should I get?", or pick a topic:',

  attachmentsOnly: "I can only read text messages, not files or images. Please type your question, or pick a topic:",
  staleButton: 'That button is out of date or no longer works. Here are the topics I can help with:',
  stepsOverview: 'These are the ten steps to becoming a care manager. Ask me about any of them, for example "Which certifications should I get?"',
  flowUnavailable: 'That guided path is not available right now, so here is what the guide says:',

  /** The area kept in the person's profile, picked in the chooser or only named ("I'm mostly interested in mental health"): never "you chose". */
  chosenSpecialisation: (name: string, button: string): string =>
    `For your area, ${name}, tap "${button}" for what it involves and the extra training it takes.`,

  /** "Ahh I get it now": understanding that has just come, met as such (understanding/talk/understoodNow.ts). */
  understoodNow: 'Glad it makes sense now! Ask me anything else, or pick one of these:',
  ratedHelpful: 'Thanks for the feedback! Ask me anything else, or type "menu" for the topics.',
  ratedNotHelpful: "Thanks for telling me. I've noted it so the answer can be improved. Try asking another way, or pick a topic:",
  alreadyRated: 'You already rated that answer. Thanks!',

  /** Replies to conversation that is not a question (understanding/core/conversation.ts), one per act. */
  chat: Object.freeze({
    greeting: 'Hello! I can help you find your way to a career in care management. What would you like to know?',
    howAreYou: "I'm doing well, thanks for asking! How can I help with your care management career?",
    thanks: "You're welcome! Anything else about becoming a care manager?",
    helpful: "Glad that helped, and thanks for telling me! Anything else you'd like to know?",
    praise: "Thank you, that's kind of you! What else can I help you with?",
    bye: 'Goodbye, and good luck on your path to care management! Come back any time.',
    complaint: "Sorry that wasn't what you needed. I've noted it so the answer can be improved. Could you ask it in other words? Or try one of these:",
    confused: 'Sorry, I may not have been clear. Try asking your question in other words, or pick one of these:',
    sorry: 'No problem at all. What would you like to know?',
    askHuman: NO_PERSON_HERE,
    whoAreYou:
      "I'm the Care Manager Career Bot: I answer questions about becoming a care manager, based on a public career guide. What would you like to know?",
    areYouHuman:
      "I'm a bot, not a person. I answer from a career guide and can't give personal or medical advice. What would you like to know about becoming a care manager?",
    aboutSource: WHERE_ANSWERS_COME_FROM,
    privacy: 'I don\'t keep a record of our chat. Say "forget me" to delete what I do keep about you.',
    ack: 'OK. Ask me anything else, or pick a topic:',
    yes: 'Great, what would you like to know? Ask in your own words, or pick a topic:',
    no: 'No problem. Ask me whenever something comes up, or pick a topic:',
    again: "There's nothing to repeat yet. Ask me a question, or pick a topic:",
    cannotDo:
      "Sorry, I can't do that for you: I can't apply for jobs, search listings, book courses or write assignments. " +
      'What I can do is answer questions about becoming a care manager, from a career guide. Ask me one, or pick a topic:',
    judgesCareer:
      "It isn't for everyone, and it's worth finding out early. These may help you decide:",
    likesCareer: 'Glad it appeals to you! These are good places to start:',
    doubtsAnswer: "That's what the guide says, and I won't add figures or facts of my own. These say more around it:",
    doubtsSelf:
      "Lots of people wonder that at the start. The guide sets out the skills it takes and the steps one at a time, so you can see where you stand. These may help:",
    tellsOfDay: 'Sounds like quite a day. Whenever you want, ask me about becoming a care manager, or start with one of these:',
    remark: 'Thanks for sharing that. Ask me anything about becoming a care manager, or carry on with one of these:',
  }),
  /**
   * The same acts said in the middle of a guided flow: a reply that fits without inviting a new question or offering
   * other topics, since the flow's own question comes straight back after it (its place kept). "again" has none: the
   * question asked again is the answer.
   */
  chatInFlow: Object.freeze({
    greeting: 'Hello!',
    howAreYou: "I'm doing well, thanks for asking!",
    thanks: "You're welcome!",
    helpful: 'Glad that helped, and thanks for telling me!',
    praise: "Thank you, that's kind of you!",
    bye: 'Goodbye, and good luck on your path to care management! Come back any time.',
    complaint: "Sorry this isn't helping. You can tap an option, answer in your own words, or say \"stop\" to leave this and ask me anything.",
    confused: 'Sorry, I may not have been clear. You can tap an option, answer in your own words, or ask me a question about it.',
    sorry: 'No problem at all.',
    askHuman: NO_PERSON_HERE,
    whoAreYou: "I'm the Care Manager Career Bot: I answer questions about becoming a care manager, based on a public career guide.",
    areYouHuman: "I'm a bot, not a person. I answer from a career guide and can't give personal or medical advice.",
    aboutSource: WHERE_ANSWERS_COME_FROM,
    privacy: 'I don\'t keep a record of our chat. Say "forget me" to delete what I do keep about you.',
    ack: 'OK.',
    yes: 'OK.',
    no: 'No problem. Say "stop" if you would rather leave this, or answer when you are ready.',
    again: '',
    cannotDo: "Sorry, I can't do that for you: I can't apply for jobs, search listings, book courses or write assignments. I answer questions about becoming a care manager, from a career guide.",
    judgesCareer: "It isn't for everyone, and it's worth finding out early.",
    likesCareer: 'Glad it appeals to you!',
    doubtsAnswer: "That's what the guide says, and I won't add figures or facts of my own.",
    doubtsSelf: 'Lots of people wonder that at the start: the guide takes the steps one at a time.',
    tellsOfDay: 'Sounds like quite a day.',
    remark: 'Thanks for sharing that.',
  }),
  /** A remark that asks nothing but touches on something the guide covers ("i work nights"): that one entry offered. */
  remarkTouchingOn: (title: string): string => `Thanks for telling me. With that in mind, "${title}" in the guide may be worth a look:`,
  /**
   * A self-introduction that asks nothing: where the person stands said back, the roadmap offered, and the entry the
   * rest of it touches on when there is one.
   */
  /**
   * What is left of the route for someone who told where they stand ("would I be starting from scratch?" after a BSW and
   * an MSW): where they stand, the time their roadmap gives, and its next steps.
   */
  leftForYou: (noted: string, time: string, next: string, masterDone = false, yearsUntold = false): string =>
    `From what you've told me (${noted}), ${time}${masterDone ? " You told me you have a master's, so that part is done." : ''}${next ? `\n\nNext on the guide's route for you: ${next}.` : ''}\n\n${yearsUntold ? "Tell me how many years you have worked in the field and I'll count them; your" : 'Your'} roadmap sets out all ten steps from there.`,
  /**
   * Whether the career is a realistic move for them, asked once they said where they stand: what of the guide's route
   * they have, and what it says of who the work suits, before what is left (`leftForYou`).
   */
  fitFromTheirStart: (start: 'degree-and-work' | 'degree' | 'other-degree' | 'no-degree-in-field' | 'work-in-field'): string =>
    `${FIT_START[start]} Whether the work suits you is yours to judge: the guide says it may be right for you if you have a genuine wish to help people and can cope with high-stress situations.`,
  /**
   * The same asked by someone whose work is outside health and social services, with no education told: where the
   * guide's route starts, and their education asked for. `unnamed`: health work the guide never names (a pharmacy).
   */
  /**
   * A licence the case leaves open (understanding/person/licenceLeftOpen.ts): the guide's silence on countries and degrees
   * from abroad, and its one line on a license (tester ut38a P06).
   */
  licenceLeftOpen: (open: { foreignDegree: boolean; unlicensed: boolean; elsewhere: boolean }): string => {
    const silentOn = [...(open.foreignDegree ? ['degrees earned in another country'] : []), ...(open.elsewhere || !open.foreignDegree ? ['a particular country'] : [])];
    return `The guide has no rules for ${silentOn.join(' or for ')}${open.unlicensed ? ', and says nothing of working without a license or a board exam passed' : ''}. What it does say is that once you have graduated, a license may be needed, and whether it is depends on where you work and on the role. So find out what applies where you want to work.`;
  },
  /** A plain yes or no asked by someone whose work is outside the field: the plain word the guide allows, before the reasons. */
  possiblyFromOutside: "Possibly: the guide writes its route for newcomers to healthcare too, and a degree isn't strictly required, but it isn't a quick yes.",
  /** `familyCare`: caring for their own family told beside the job, which the guide never speaks of (tester ut38a P10). */
  fitFromOutside: (job: string, unnamed: boolean, familyCare = ''): string =>
    `${unnamed ? `The guide doesn't name work as ${Messages.withArticle(job)} among the experience it describes, which is work in health or social services.` : `From what you've told me (${job}), you would be coming from outside health and social services, and the guide says its route is for newcomers to healthcare too.`}${familyCare ? ` ${familyCare}` : ''} Its route starts with a degree in social work, nursing or a related field, then experience in health or social services. Whether the work suits you is yours to judge: the guide says it may be right for you if you have a genuine wish to help people and can cope with high-stress situations.\n\nTell me your education and I'll say what is left for you, or build your roadmap.`,
  /** Where they stand told again right after their time was counted: said before it is counted again. */
  countedAgain: "Thanks, I've counted it again from that.",
  /** What is left for someone with a degree who works in the field but has not said for how long. */
  leftYearsUntold: (relevant: boolean): string =>
    `${relevant ? 'with your degree' : 'if your degree counts as a related field'} and work in the field, what is left of the guide's route is relevant work experience (a few more years after the degree, it says, with no exact figure), and a master's if the roles you want ask for one.`,
  /** Before the guide's first jobs, asked with a limit told beside them (no degree, a bad back): what the guide does not say of them. */
  /** A yes/no question one line of a list answers ("do care managers handle insurance?"): the yes and that line. */
  yesOfTheList: (title: string, line: string): string => `Yes. The guide says so in its answer on "${title}":\n\n- ${line}`,
  /** "is there some job I could get now?": the first jobs the guide names, with the yes. */
  firstJobsYes: 'Yes: the guide names jobs you can start in to gain experience in health or social services.',
  /** A certification held told beside a question about certification: the other one, never the held one again. */
  certificationHeld: (held: 'ccm' | 'cmc'): string =>
    held === 'ccm'
      ? "You have the CCM already. The guide calls the CMC another valuable certification, and doesn't say whether holding both helps. Here is what it says of the CMC:"
      : "You have the CMC already. The other certification the guide recommends is the CCM, and it doesn't say whether holding both helps. Here is what it says of the CCM:",
  /** A master's asked for a role that leads, by someone with a bachelor's (rendering/person/expertReplies.ts). */
  masterToLead:
    "You have a bachelor's already. The guide says some positions ask for a master's, depending on how much responsibility the role carries. For leading, it suggests training or certification in healthcare administration or leadership, and names a master's or doctorate in healthcare administration as one way to keep developing. Here is its route up:",
  firstJobLimits: (limits: { noDegree: boolean; physical: boolean }): string => {
    const unsaid = limits.noDegree
      ? `which of its first jobs need a degree${limits.physical ? ', or how physically demanding each one is' : ''}`
      : 'how physically demanding each of its first jobs is';
    return `The guide doesn't say ${unsaid}, so I won't guess. These are the jobs it names to start in:`;
  },
  /** What is left for a student who told how far through the degree they are (the guide's bachelor's takes about four years). */
  leftStudying: Object.freeze({
    inYear: (year: number, bachelor: string, after: string, rest: string, master: string, total: string): string =>
      `you are in year ${year} of a bachelor's the guide puts at about ${bachelor}, so about ${after} of it after this one. After the degree, count on about ${rest} more: relevant work experience, and a master's (about ${master}) if the roles you want ask for one. That is roughly ${total} after this year.`,
    finalYear: (rest: string, master: string): string =>
      `you are in the last year of your bachelor's. After it, count on about ${rest} more: relevant work experience, and a master's (about ${master}) if the roles you want ask for one.`,
    yearsLeft: (left: string, rest: string, master: string, total: string): string =>
      `with about ${left} of your degree left, count on about ${rest} more after it: relevant work experience, and a master's (about ${master}) if the roles you want ask for one. That is roughly ${total} from now.`,
  }),
  /**
   * A bachelor's still ahead, told as the plan with the time asked ("if I do a BSN while working, how long ..."): the
   * guide's route from the degree, and its silence on years already worked or work while studying.
   */
  leftDegreeAhead: (noted: string, bachelor: string, master: string, years: string | null): string =>
    `${noted ? `From what you've told me (${noted}), with` : 'With'} a bachelor's still ahead: the guide gives about ${bachelor} for a bachelor's in nursing or social work, then a few more years of relevant work experience, and a master's (about ${master} more) if the roles you want ask for one. It doesn't say whether ${years ? `the ${years} you already have` : 'work you have already done'}, or work while you study, count toward that experience, so I won't guess.\n\nYour roadmap sets out all ten steps from there.`,
  /** The area named in a question of their own time: what the guide says specializing adds, which it gives no time for. */
  leftSpecialising: (area: string): string =>
    `To specialize in ${area.charAt(0).toLowerCase()}${area.slice(1)}, the guide says you'll need additional training and possibly a certification in that area, and it gives no time for it.`,
  /** What is left for someone with no degree who works in the field, with their years when told (`years`). */
  leftNoDegree: (years: string | null): string =>
    `the guide gives no time for the route without a degree. Most employers prefer a bachelor's in a related field plus relevant experience, and the guide says plenty of experience in care delivery or case management can in some cases make up for the degree${years ? `: you have ${years} in the field` : ''}.`,
  /** What is left for someone with no degree and no work in health or social care told: the whole route, as the guide times it. */
  leftFromTheStart: (noted: string): string =>
    `From what you've told me (${noted}), the whole of the guide's route is ahead of you. You can become a care manager without a degree, but most employers prefer a bachelor's in a related field plus relevant experience, and the guide gives no time for the route without one. The usual route it times:`,
  /**
   * What they are missing, asked by someone who told where they stand ("what would I be missing to move into our care
   * mgmt team?"): the steps still ahead of them, not the time (`otherDegree`: whether the degree counts is unsaid).
   */
  leftGaps: (noted: string, next: string, otherDegree: boolean): string =>
    `From what you've told me (${noted}), these are the parts of the guide's route you haven't told me you have: ${next}.${otherDegree ? " The guide asks for a degree in social work, nursing or a related field and gives no list of related fields, so it doesn't say whether yours counts." : ''}\n\nYour roadmap sets out all ten steps from there.`,
  /** The same asked with a job and years in the field told, and no education. */
  leftEducationUntold: (noted: string, associate = false): string =>
    `From what you've told me (${noted}), you have experience in the field, which the guide's route asks for. What is left depends on your education: with a relevant degree, more work experience (the guide says a few more years after the degree, with no exact figure) and a master's if the roles you want ask for one; without one, the guide gives no time, and says plenty of experience in care delivery or case management can in some cases make up for the degree.\n\n${associate ? "You told me of an associate degree: the guide speaks of bachelor's and master's degrees, not associate degrees. Your" : "Tell me your education and I'll count it; your"} roadmap sets out all ten steps.`,
  /** The same asked with no education told, which the guide's route starts from. */
  leftUnknown:
    "What is left depends on where you start: the guide's route goes from a relevant degree through work experience to certification. Tell me your education and work (for example \"I have a BSW and 3 years in a hospital\"), or build your roadmap and I'll set out the steps for you.",
  /** A job kept from before that the person says is not theirs ("I am not a care coordinator, my aunty is"). */
  /** "you have me down as a care coordinator, I'm a social worker": the job kept now, said back. */
  jobPutRight: (title: string): string => `Thanks for putting me right: I've noted you're ${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}.`,
  notTheirJob: (title: string): string => `Thanks for putting me right: I've taken "${title}" out of what I know about you.`,
  /** After that yes, where the person stands as noted from it ("about 9 years in health or social services"). */
  notedAfterYes: (noted: string): string => `Noted: ${noted}. Your roadmap can start from there, or ask me anything about becoming a care manager:`,
  introduced: (noted: string, title?: string): string =>
    title
      ? `Thanks, noted: ${noted}. With that in mind, "${title}" in the guide may be worth a look, and your roadmap can start from there:`
      : `Thanks, noted: ${noted}. Your roadmap can start from there, or ask me anything about becoming a care manager:`,
  /** An introduction that points to a role the guide names among the first jobs ("i should go into case management", ut39a P08). */
  introducedTowardsStartingRole: (noted: string, role: string): string =>
    `Thanks, noted: ${noted}. That points somewhere the guide supports: it lists ${role} among the jobs you can start in, and your roadmap can start from there:`,
  /** Said before the introduction when it comes with a greeting ("hi, I'm a barista and thinking about care work"). */
  introducedGreeting: 'Hello!',
  /** Education short of a bachelor's told as a worry, or on its own after the route (ut38a P01-T3, P12-T7): noted, then what it means. */
  notedShortOfBachelors: (noted: string): string =>
    `Thanks, noted: ${noted}. The degree the guide describes is usually a bachelor's in social work, nursing or a related field, and it says this of going without one:`,
  /**
   * An introduction with no degree and no question ("been a support worker in a care home for 7 yrs, no degree"): what
   * it was taken to ask, before the guide's answer to that.
   */
  takenAsNoDegree: 'I took that as asking whether you can become a care manager without a degree. Here is what the guide says:',
  /** A degree turned down as a remark ("no way im doing 4 yrs of college, theres gotta be another way in"): what it was taken to ask. */
  /** "so i'd take like a 60% pay cut": at first quite possibly, where pay starts and how far it rises, then the table. */
  payCutAtFirst: (entry: string, bands: string): string =>
    `At the start, quite possibly: the guide puts entry-level pay at ${entry} a year. It doesn't stay there, though. With experience and a bigger role the guide's median ranges go up: ${bands}. A certification may also help you earn more.`,
  takenAsWayWithoutDegree: 'I took that as asking about a way in without the degree. Here is what the guide says:',
  /** An introduction from work outside health and social care: where the guide says to start. */
  /** Work outside the field told with the career weighed ("kinda got me thinking about it"): the route, then who it suits. */
  introducedOutsideFieldWeighed: (noted: string): string =>
    `Thanks, noted: ${noted}. Coming from outside health and social care, the guide's route starts with a degree in nursing, social work or a related field and experience in care. On who the career suits:`,
  introducedOutsideField: (noted: string): string =>
    `Thanks, noted: ${noted}. Coming from outside health and social care, the guide's route starts with a degree in nursing, social work or a related field and experience in care, and these say more. Your roadmap can start from there too:`,
  /** A story that tells only what the person wants ("I'd like to do this professionally"): where the guide says to start. */
  introducedWish:
    "Thanks for telling me. The guide's route starts with a degree in nursing, social work or a related field and experience in care, and these say more. Your roadmap can start from what you want:",
  /** A complaint about the bot itself ("this bot is pretty limited"): what it can do, and the feedback noted. */
  complaintAboutBot:
    "Sorry it feels limited: I only answer from one career guide, on becoming a care manager, and I've noted your feedback. I can help with: what care managers do, the ten career steps, degrees and courses, experience, certifications, specializations, skills, salary and career progression. Pick a topic, or ask in your own words:",
  /** Asked whether the bot is ChatGPT or some other AI ("is this like chatgpt?"). */
  notAGeneralAi:
    "I'm a bot, but not a general AI like ChatGPT: I don't write answers of my own. Everything I say comes from one career guide, \"How to Become a Care Manager\", in plain words. What would you like to know about becoming a care manager?",
  /** The same, in the middle of a guided flow, whose question comes back after it. */
  notAGeneralAiInFlow:
    "I'm a bot, not a person, and not a general AI like ChatGPT: I don't write answers of my own. Everything I say comes from one career guide, \"How to Become a Care Manager\", in plain words.",
  /** Doubt at pay with no pay figure in view ("40k?? thats nothing" after another answer): the guide's pay, from entry level up. */
  payDoubtedNotInView: 'Pay rises with experience and role. Here is what the guide gives, from entry level up:',
  /**
   * A complaint that the last answer was the same as before ("u already said that"): said plainly that the guide has no
   * more on it, with what is near it, never a request to ask again in other words.
   */
  repeatedComplaint: (title: string): string =>
    `Sorry for going over the same ground. That is all the guide says on "${title}": it has nothing more on it. These are close to it:`,
  /**
   * A question whose answer is the one just given, word for word ("thats WITH college tho. im asking without"): not the
   * same answer again, but that the guide says no more, with what is near it (and that answer again, one tap away).
   */
  /** Places the person turned down ("where can I work if I don't want hospital?"), left out of the answer's list. */
  placesLeftOut: (places: readonly string[]): string =>
    `Leaving out ${places.length > 1 ? `${places.slice(0, -1).join(', ')} and ${places.at(-1)!}` : places[0]!}, as you'd rather not work there:`,
  /** Before a related answer, when a follow-up that reads as the answer just given asks what only that one speaks of. */
  relatedInstead: (title: string, other: string): string => `For that, the guide's answer on "${other}" says more than the one above on "${title}":`,
  /** The same question asked again in a row: the answer in brief follows (rendering/beyond/nearby.ts briefOf), then what is near. */
  sameAnswerAbove: (title: string): string => `The guide's answer to that is the one I just gave on "${title}", and it says nothing more on it. In short:`,
  sameAnswerNearby: 'Close to it, or the whole answer again:',
  /**
   * The same answer, asked again as a correction ("no i mean become a care manager at all without a degree"): the person
   * thinks it missed, so it is given again in full, said to be the one that covers it (tester ut36a P09 m8).
   */
  sameAnswerMeant: (title: string): string => `The guide's answer on "${title}" is the one that covers that. Here it is again, in full:`,
  /** The same, when the question asks which is better ("which one is better for me?"): the guide ranks nothing there. */
  sameAnswerNotRanked: (title: string): string =>
    `The guide doesn't say which is better, and it says nothing more on "${title}" than the answer above. Here is what is close to it:`,
  /** The button that shows the answer just given once more, offered beside what is near it. */
  seeItAgain: 'Show it again',
  /** Before the answer to the second of two questions, after a reply to the first that answered it in its own way. */
  /** A guess beside a question that the answer confirms ("Schools, I assume?"). */
  guessConfirmed: (guess: string): string => `Yes, the guide names ${guess} here:`,
  otherQuestion: (part: string): string => `And on the other part of your question ("${part}"), here is what the guide says:`,
  /** After a line on what the guide does not give, when this reply already showed the answer that says what it does. */
  answerAbove: 'What it does say is above.',
  /** A remark with nothing said before it to point at ("really?" as the first message). */
  remarkNothingAnswered: "I'm not sure what that's about yet. Ask me a question about becoming a care manager, or pick a topic:",
  /** Thanks, with the chat said to be hard going ("ok thanks, this bot is kinda hard work but got there"). */
  thanksDespiteEffort: "You're welcome, and sorry it was hard going. I've noted it so I can be improved. Anything else about becoming a care manager?",
  /** The answer in view in fewer words, asked for ("in short?", "tl;dr"): its first sentence, named by its title. */
  inShort: (title: string, brief: string): string => `In short, on "${title}": ${brief}`,
  /** "in short?" with no answer yet to shorten. */
  inShortOfNothing: "There's no answer above to shorten yet. Ask me a question about becoming a care manager, or pick a topic:",
  /** Said before the answer when a question follows thanks or a complaint ("thanks! and how long does it take?"). */
  chatLead: Object.freeze({
    thanks: "You're welcome!",
    helpful: 'Glad that helped!',
    praise: 'Thank you!',
    complaint: "Sorry about that, I've noted it. Let me try again:",
    /** "that sounds kinda nice. what would i have to study?": the career liked, before the answer. */
    likesCareer: 'Glad it appeals to you!',
    /** "no. i ask the STEPS how to start": the last answer missed, and what was wanted follows. */
    corrected: 'Sorry, I answered the wrong thing. Here is what you asked:',
  }),
  /** Doubt at a pay figure ("40k?? thats nothing"): where pay goes from there, in the guide's words, with no new figure. */
  payDoubted:
    "Pay rises with experience and role: the guide's medians go up from entry level through senior care manager to director and vice president, and certification may help you earn more. Many care managers also find the work highly rewarding. These say more:",
  /** The goodbye to a message that turns the career down ("whatever. not for me. bye"). */
  byeTurningDown: "Fair enough: it isn't for everyone, and it's good to find out early. Thanks for stopping by, and good luck with whatever you choose. Goodbye!",
  /** Said before where to find a person, when the request for one comes with a complaint. */
  sorryNotMoreHelp: "Sorry I haven't been more help, I've noted it.",
  /** Asking to skip a question with no question waiting ("can we skip this question?" outside a guided flow). */
  nothingToSkip: "Sure. There's no question of mine waiting for an answer: ask me anything about becoming a care manager, or pick a topic:",
  /**
   * Said before the goodbye when a message thanks, rates or complains and then says goodbye, and before the answer when
   * it does so and then asks something of the bot ("ok thanks. are you a bot?").
   */
  beforeGoodbye: Object.freeze({
    thanks: "You're welcome!",
    helpful: 'Glad that helped!',
    praise: "Thank you, that's kind of you!",
    complaint: "Sorry that wasn't what you needed. I've noted it so the answer can be improved.",
    confused: 'Sorry I was not clearer.',
  }),
  complaintNothingAnswered: "Sorry, I haven't been much help so far. Could you ask your question in other words? Or pick a topic:",
  numberWithoutList: (n: number): string => `I'm not sure what "${n}" refers to: there's no list to pick from right now. Ask me a question, or pick a topic:`,
  /** A message in another language. */
  /** Another language asked for ("can you speak Italian?", "parli italiano?"): the bot reads and writes English only. */
  writesOnlyEnglish:
    "Sorry, I can only read and write English: the guide I answer from is in English. Simple English is fine, and short questions work best. Ask me anything, or pick a topic:",
  /** The same, in the middle of a guided flow, whose question comes straight back after it. */
  writesOnlyEnglishInFlow: "Sorry, I can only read and write English: the guide I answer from is in English. Simple English is fine.",
  englishOnly: 'Sorry, I only understand English. Could you ask me in English? For example: "How long does it take to become a care manager?" Or pick a topic:',
  /** Before the part the person says the last answer left out ("u missed the stress bit mate"). */
  missedPart: 'Sorry I missed that part.',
  /** The bot's own pick asked ("which one would you pick?"): before what the guide says of the things weighed. */
  noPickOfMyOwn: "I'm a bot, so I have no pick of my own: I can only tell you what the guide says.",
  /** "Brutally honest, would you do it?": no view of its own; the guide's word on the work follows (talk39). */
  noViewOfMyOwn: "I'm a bot, so I can't give you a personal view. What the guide says: the work is demanding but can be very rewarding, and it expects demand for care managers to grow over the next ten years.",
  /** A yes or a no asked for on the answer in view: the guide gives none, said plainly, then what it does say. */
  noPlainYesOrNo: (title: string, says: string): string => `The guide doesn't answer that with a plain yes or no. What it says ("${title}"):\n\n${says}`,
  yesOrNoOfNothing: 'Yes or no to what? Ask me your question in a sentence, or pick a topic:',
  /** Before a part said to be missed that a recent answer gave (the answer, or that it was just given, follows). */
  missedButAbove: (title: string): string => `That part is in my answer above ("${title}").`,
  /** A message in another language with the guide's words in English, said once in a conversation before the answer. */
  englishPartRead: (words: string): string => `I only understand English, so I answered the English words in your message ("${words}"). Ask me in English any time for a fuller answer.`,
  staleChoice: "That answers a question I'm not asking any more. Ask me anything, or pick a topic:",

  followUp: (title: string): string => `More on ${title}:`,
  followUpNothingAnswered: "Happy to tell you more. Which topic? Pick one, or ask me a question:",

  /** "or is it mostly hospitals?" beside where they work: no shares given, where they typically work. */
  placeShareNotGiven:
    "On whether it's mostly one kind of place: the guide gives no shares. It says care managers usually work in healthcare settings, hospitals, nursing homes and home care agencies among them.",
  /** One's own route, gaps and skills asked in words the search does not place (rendering/person/gapReplies.ts). */
  /** Leads that say what the guide says for the person who asks, before its answer for anyone (rendering/person/fittedReplies.ts). */
  fitted: Object.freeze({
    /** Skills asked that their work in the field may not give them ("as a support worker"): the hard ones. */
    skillsLacked: (job: string): string =>
      `The guide doesn't say which skills ${Messages.withArticle(job)} has. It says hands-on work in health or social services builds communication, empathy, patience and leadership, so the ones your work may not give you are its hard skills, the ones specific to the job:`,
    /** A skill they say they lack ("not much leadership"), asked what to work on: that skill, never claimed as theirs. */
    skillSaidLacking: (skill: string): string =>
      `You say ${skill} is where you're short, so that is the one to work on: the guide counts it among the skills a care manager needs. What it says of ${skill}:`,
    /** What to study, asked with a degree in a field the guide does not name ("I have a BS in computer science"). */
    studyWithOtherDegree: (field: string | null): string =>
      `You have a degree already${field ? `, in ${field}` : ''}. The guide's route asks for a degree in social work, nursing or a related field and gives no list of related fields, so it doesn't say whether yours counts or whether you'd need another. What it says such a degree teaches:`,
    /** What to study, asked with a degree in one of the guide's fields: that part is done, a master's for some roles. */
    studyWithRelevantDegree:
      "You have a degree in one of the guide's fields, so that part of its route is done. What it says of studying further:",
    /** What an area would need, asked with the area named ("I'd want chronic disease ... anything specific I'd need?"). */
    areaNeeds: (area: string): string =>
      `For ${area}, the guide says to expect extra training, through more coursework or on the job, and possibly a certification in that area, on top of the usual route. It names no course or certification for it in particular:`,
  }),
  /** The way in asked in practical terms after the guide's answer on it (routeReplies.ts, sendWayInInPractice). */
  wayInInPractice: Object.freeze({
    /** "6 to 8?? that's brutal. any shortcut": what varies the time and what can make it shorter. */
    shortcut:
      "The guide names no shortcut, but it says the time varies with your education and experience. The master's (about two more years) is only for roles that ask for one. And with less schooling, it says this:",
    /** "how do i get 'experience' officially then": the kinds of work the guide counts, and the jobs it names to start in. */
    experienceOfficially:
      "The guide doesn't speak of experience made official. The experience it counts is work, volunteering or interning in health or social services (Step 3), and then a first role such as care coordinator or case manager (Step 6). The jobs it names to start in:",
  }),
  ownGap: Object.freeze({
    /** "How do I make the jump to an actual care manager title?", nothing told to count from: the guide's way in. */
    jumpToTheRole:
      "The guide's way to the title goes through a relevant degree, experience in health or social services, certification (not always required, but highly recommended) and a first job as a care coordinator or case manager. What it says you need:",
    /** "how do I get that without going back to nursing school" (medical knowledge): the ways the guide names. */
    skillGained: (title: string, withoutSchool: boolean): string =>
      `${withoutSchool ? "Going back to school isn't the only way the guide names: it" : 'The guide'} says you build these skills through work experience, volunteering and professional development courses. What it says of ${title}:`,
    /** "what am i missing? i have no degree": the degree the guide's usual route asks for, and what it says of doing without. */
    missingNoDegree: (noted: string): string =>
      `From what you've told me (${noted}), the main thing the guide's usual route asks for that you haven't told me you have is a degree: most employers prefer a bachelor's in a related field, plus relevant experience. On doing it without one, it says:`,
    /** "whats the fastest way in tho, 6 years is forever": no faster route, and doing it without a degree. */
    quickestWay:
      "The guide gives no faster route than its usual one (a degree, then a few years of experience). The nearest it comes: a first job as a care coordinator or case manager, or volunteering in health or social services, to gain experience; and a degree isn't strictly required, since plenty of experience in delivering care or in case management can in some cases make up for one:",
    /** "wait so i'd take a pay cut??": the guide gives pay for care managers only. */
    payCut:
      "The guide gives pay only for care managers, not for other jobs, so set its figures against what you earn now. Its medians rise with experience:",
    /** "People keep telling me I should do it for a living. Could I?": whether it may suit them; coordinating care told. */
    fitAsked: (coordinating: boolean): string =>
      `${coordinating ? 'Coordinating care, as you describe, is at the heart of what the guide says care managers do. ' : ''}The guide doesn't weigh people one by one, but it says who the career may suit:`,
    /** "do i need an MSN eventually or is the BSN enough": the guide ties the level to the employer and the role. */
    degreeLevel: "The guide ties that to the employer and the role, not to a rule for everyone:",
    /** "do they use epic or some other system": no system named by the guide; the kinds it names. */
    softwareNotNamed: (brand: string): string =>
      `The guide names no particular system${brand ? `, so it doesn't say whether care managers use ${brand}` : ''}. It does say which kinds they need to know:`,
    /** "the older folks obviously" after geriatric care: the area in view, named back. */
    areaInView: (area: string): string => `That's ${area}, the area in my answer above. To go further with it, the guide says you'll need additional training, and possibly a certification, in it.`,
  }),

  /** Replies that answer the key ask of a question the search answers only in half (rendering/questions/askedInFullReplies.ts). */
  askedInFull: Object.freeze({
    /** "Could I do the certification first and skip school?": certification comes on top of education. */
    schoolNotSkipped:
      "Not as the guide tells it: a certification comes on top of education, not in its place. Getting certified usually means extra education and passing an exam, and the CMC asks for a relevant degree as well as supervised experience. What the guide does say about going without a degree:",
    /** "How would I learn the case management software side?": how the guide says skills are built. */
    skillLearned:
      'The guide says you build these skills through relevant work experience, volunteering and professional development courses. Here is what it says you need to know:',
    /** "path from zero to director, and how many years": the route with each figure the guide gives, and none where it gives none. */
    pathToALevel: (level: string, last: string): string =>
      `The guide's path to ${level}, with the years it gives:

- a bachelor's degree in nursing or social work: about four years (a master's, if a role asks for one, about two more)
- relevant work experience: a few more years, about 6 to 8 years in all to become a care manager
- entry level: 0–2 years of experience; mid-level: 2–5 years; senior: 5+ years
- ${last}

The levels, as the guide sets them out:`,
    /** The last line of that path, by the level asked. */
    pathEnd: Object.freeze({
      'senior care manager': 'senior care manager: 5+ years of experience, leading teams',
      director: 'director: "significant experience", with no number of years',
      'vice president': 'director, then vice president: "significant" and then "extensive" experience, with no number of years',
      'chief care officer': 'director, then chief care officer at the very top: the guide gives no number of years',
    }) as Readonly<Record<string, string>>,
    /** "do they do any work in prisons or jails": a setting the guide never names. */
    settingNotNamed: (place: string): string => `The guide doesn't mention ${place}, so I won't guess. The places it does name are these:`,
    /** "is the ccm or cmc better for someone with EMS background": no ranking, no background weighed; one line each. */
    betterForSomeone: (who: string): string => `The guide ranks neither, and it doesn't weigh them ${who}. What it says of each, in a line:`,
    /** "how much tho" after another topic: taken as pay. */
    moneyAsked: 'On pay, the guide gives these medians:',
    /** "so it is possible or no?" after a degree the person lacks. */
    possibleWithoutDegree: 'Yes, it is possible.',
    /** "I've got a Cert IV in Disability. Does that count?": a qualification the guide doesn't name, weighed. */
    shortQualification: (thing: string): string =>
      `The guide doesn't mention a ${thing}, so it doesn't say whether it counts. The education it describes is usually a bachelor's in social work, nursing or a related field, and it says plenty of experience in delivering care can in some cases make up for less formal education:`,
  }),

  /** What a person does for others set beside the job ("I organize meals, rides, hospital visits ... is that basically a care manager?", ut38a P04-T2). */
  ownWorkLikeTheJob: Object.freeze({
    tasks: Object.freeze({
      coordinating: 'coordinating services and arranging things such as medical appointments and help at home',
      support: 'giving emotional support to clients and their families',
      advocating: "speaking up for what the client needs",
      paperwork: 'helping with paperwork and other administrative tasks',
    }) as Readonly<Record<string, string>>,
    /** `list`: the matching tasks, one "- " line each (a string, so the content lint can read the fixed words). */
    matches: (list: string): string => `Partly. What you describe matches part of what the guide says a care manager does:\n\n${list}`,
    adds: 'The job adds more than that: assessing each client\'s needs, writing a formal care plan and adjusting it, keeping records such as case files and progress notes, and working with doctors, nurses, social workers and other providers on the client\'s care.',
    /** Care given to their own family (ut40a P05-T2): the guide's silence on it, and its route, honestly. */
    familyRoute:
      "The guide's route is a degree in social work, nursing or a related field, then work in health or social services. Most employers prefer the degree, but the guide says that in some cases plenty of experience in delivering care or in case management can make up for less formal education.",
  }),

  /** "Where would someone like me start? I am 54." once they told of themselves: where they start, from what they told (ut38a P04-T5). */
  ownStart: Object.freeze({
    age: 'The guide says nothing about age: where you start depends on your education and experience.',
    education: Object.freeze({
      'relevant-degree': 'You have a degree in the field the guide describes, so the next part of the route is hands-on experience.',
      'other-degree': "Your degree is in another field. The guide's usual one is a bachelor's in social work, nursing or a related field, and it gives no list of which fields count as related.",
      short:
        "Without a bachelor's you have two ways in: study for one in social work, nursing or a related field (about four years), or go without it. That is possible, though most employers prefer a bachelor's, and in some cases plenty of experience in delivering care can make up for less formal education.",
      unknown:
        "The usual route is a bachelor's in social work, nursing or a related field, then hands-on experience. Going without a degree is possible, though most employers prefer one.",
    }),
    inField: (job: string): string => `Your work as ${job} is the kind of hands-on experience the guide asks for.`,
    experience:
      'A step you can take now, either way, is hands-on experience: the guide suggests volunteering or an internship at a healthcare facility or a social service organization, and first jobs such as care coordinator or case manager.',
    steps: 'The career steps go through the whole route in order, from step 1:',
  }),

  errors: Object.freeze({
    somethingWentWrong: 'Sorry, something went wrong on my side. Please try again, or type "start over".',
  }),
});

/** Button titles, at most 20 characters each (the Teams limit); tests check the length. */
export const ButtonTitles = Object.freeze({
  careerSteps: 'Career steps',
  specialisation: 'Choose a specialty',
  roadmap: 'My roadmap',
  salaryLadder: 'Salary',
  help: 'Help',
  menu: 'Menu',
  helpful: '👍 Helpful',
  notHelpful: '👎 Not helpful',
  noneOfThese: 'None of these',
});

/** What a flow button sends as text, so the same words typed by hand start the same flow. */
export const FlowPhrases = Object.freeze({
  careerSteps: 'career steps',
  specialisation: 'choose a specialty',
  roadmap: 'my roadmap',
  salaryLadder: 'salary ladder',
});

export function sourceLine(section: string): string {
  return sourcesLine([section]);
}

/**
 * Where in the guide one or several answers come from, each section named once: two sides that share their sections,
 * or sections joined from answers that share one ("What Does a Care Manager Do?" said once).
 */
export function sourcesLine(sections: readonly string[]): string {
  const named = [...new Set(sections.flatMap((section) => section.split(/;\s*/)).map((part) => part.trim()).filter(Boolean))];
  return `${Messages.sourcePrefix} ${named.join('; ')}`;
}
