import { msg } from '@lit/localize';

// The checklist's visitor-facing words, kept out of the component (as the screener's are, in its *-copy.ts files).

/** Sign, question, why it matters, what a good answer sounds like. Sources: see core/checklist/items.ts. */
export type Words = readonly [sign: string, ask: string, why?: string, good?: string];

export const defaultWords = (): Record<string, Words> => ({
  licensed: [
    msg('Licensed and accredited'),
    msg('Is your program licensed by the state? Is it accredited by a group like the Joint Commission or CARF?'),
    msg('This means outside experts check that the program is safe and does good work.'),
    msg('Yes, and they tell you which ones. They share inspection results if you ask.'),
  ],
  staff: [
    msg('Trained staff and a doctor'),
    msg('Are your counselors licensed or certified? Is there a doctor on staff or on call?'),
    msg('Trained, licensed staff are a sign of good care. A doctor can help with health problems and medicines.'),
    msg('Counselors have a license or certificate in addiction care. A doctor works there or can be reached.'),
  ],
  assessment: [
    msg('A full assessment first'),
    msg('Do you do a full assessment before you decide on the type of care?'),
    msg('The right care depends on the whole person, not only on alcohol or drug use.'),
    msg('Yes. They ask about alcohol and drug use, physical and mental health, work, housing, family and legal issues.'),
  ],
  plan: [
    msg('A written plan for the person'),
    msg('Will there be a written treatment plan, made together with the patient? How often do you update it?'),
    msg('Good care fits the person’s needs and goals, and changes when they change.'),
    msg('Yes. The plan is made together, written down and checked often.'),
  ],
  therapies: [
    msg('Therapies shown to work'),
    msg('Which kinds of therapy do you use? Are they shown to work, like CBT or DBT?'),
    msg('Some therapies have strong research behind them.'),
    msg('They name the therapies they use and explain them in plain words.'),
  ],
  medications: [
    msg('Medicine that helps you stop drinking or opioid use'),
    msg('Do you give medicine for opioid or alcohol use? Or help people get it?'),
    msg('There are medicines approved to treat opioid and alcohol use disorders. Offering them is part of good care.'),
    msg('Yes. They give medicines like buprenorphine, methadone or naltrexone. Or they help you get them.'),
  ],
  'mental-health': [
    msg('Mental health care too'),
    msg('Do you also help with mental health, like depression or worry?'),
    msg('Many people have both. Good programs are ready to care for both.'),
    msg('Yes. They check for mental health needs and treat them, or set up care with a partner.'),
  ],
  family: [
    msg('Family is included'),
    msg('How do you include family and other loved ones?'),
    msg('Family can learn about addiction and how to help.'),
    msg('They offer family sessions or classes, when the patient agrees.'),
  ],
  schedule: [
    msg('Enough hours, at times that work'),
    msg('How many hours a week is your IOP? Do you have evening, weekend or online sessions?'),
    msg('IOP means at least 9 hours a week for adults (6 for teens), often 3 or more sessions. Times that fit work, school or family make it easier to go.'),
    msg('At least 9 hours a week for adults (6 for teens), at times that fit the person’s life.'),
  ],
  costs: [
    msg('Clear costs and insurance'),
    msg('Do you take my insurance? What will I pay, including copays, medicines and tests?'),
    msg('Knowing the cost up front helps you plan. If you have no insurance, ask about state-funded care.'),
    msg('They check your coverage and tell you the costs, including extra charges.'),
  ],
  start: [
    msg('A start within 48 hours'),
    msg('How soon can treatment start?'),
    msg('It is best to start soon. SAMHSA suggests trying to get an appointment within 48 hours.'),
    msg('Within 48 hours, or they take walk-ins.'),
  ],
  relapse: [
    msg('A plan if use starts again'),
    msg('What do you do if someone drinks or uses drugs again while in your program?'),
    msg('Using again can happen. Good programs plan for it instead of just sending people away.'),
    msg('They look at the plan again and may change the care. They do not simply end treatment.'),
  ],
  aftercare: [
    msg('Aftercare and step-down'),
    msg('What support is there after the program ends? Can the patient step down to less care?'),
    msg('Recovery goes on after a program ends. Ongoing care and support help people keep their progress.'),
    msg('They plan next steps with you, like outpatient care, support groups, and help with housing or work.'),
  ],
  crisis: [
    msg('Help in a crisis, day or night'),
    msg('Who can we call if there is a crisis at night or on the weekend?'),
    msg('Problems do not only happen during office hours.'),
    msg('They have a 24-hour number or a clear plan, and they also tell you about 988 and 911.'),
  ],
  privacy: [
    msg('Privacy'),
    msg('Who will see the patient’s information? Do you ask before you share it?'),
    msg('People talk more openly when they know their private facts are kept safe.'),
    msg('They clearly explain who can see records and when they need the patient’s OK to share them.'),
  ],
});
