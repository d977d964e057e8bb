import { msg } from '@lit/localize';

// The checklist's visitor-facing words, kept out of the component (as the screener's are, in its *-copy.ts files).

/** Sign, question, why it matters, what a good answer sounds like. Sources: see core/checklist/items.ts. */
export type Words = readonly [sign: string, ask: string, why?: string, good?: string];

/**
 * The sign and the question of each built-in item: what the first render shows (an item's closed line, the showcase,
 * the copied text). Why it matters and what a good answer sounds like are in details-copy.ts, loaded after it.
 */
export const defaultWords = (): Record<string, readonly [sign: string, ask: string]> => ({
  licensed: [
    msg('Licensed and accredited'),
    msg('Is your program licensed by the state? Is it accredited by a group like the Joint Commission or CARF?'),
  ],
  staff: [
    msg('Trained staff and a doctor'),
    msg('Are your counselors licensed or certified? Is there a doctor on staff or on call?'),
  ],
  assessment: [
    msg('A full assessment first'),
    msg('Do you do a full assessment before you decide on the type of care?'),
  ],
  plan: [
    msg('A written plan for the person'),
    msg('Will there be a written treatment plan, made together with the patient? How often do you update it?'),
  ],
  therapies: [
    msg('Therapies shown to work'),
    msg('Which kinds of therapy do you use? Are they shown to work, like CBT or DBT?'),
  ],
  medications: [
    msg('Medicine that helps you stop drinking or opioid use'),
    msg('Do you give medicine for opioid or alcohol use? Or help people get it?'),
  ],
  'mental-health': [
    msg('Mental health care too'),
    msg('Do you also help with mental health, like depression or worry?'),
  ],
  family: [
    msg('Family is included'),
    msg('How do you include family and other loved ones?'),
  ],
  schedule: [
    msg('Enough hours, at times that work'),
    msg('How many hours a week is your IOP? Do you have evening, weekend or online sessions?'),
  ],
  costs: [
    msg('Clear costs and insurance'),
    msg('Do you take my insurance? What will I pay, including copays, medicines and tests?'),
  ],
  start: [
    msg('A start within 48 hours'),
    msg('How soon can treatment start?'),
  ],
  relapse: [
    msg('A plan if use starts again'),
    msg('What do you do if someone drinks or uses drugs again while in your program?'),
  ],
  aftercare: [
    msg('Aftercare and step-down'),
    msg('What support is there after the program ends? Can the patient step down to less care?'),
  ],
  crisis: [
    msg('Help in a crisis, day or night'),
    msg('Who can we call if there is a crisis at night or on the weekend?'),
  ],
  privacy: [
    msg('Privacy'),
    msg('Who will see the patient’s information? Do you ask before you share it?'),
  ],
});
