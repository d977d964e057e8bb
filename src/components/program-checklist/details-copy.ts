import { msg } from '@lit/localize';

/**
 * Why each built-in item matters and what a good answer sounds like (sources: see core/checklist/items.ts). They show
 * only inside an opened item, so they are not part of the checklist's first file: the element loads this module right
 * after its first render (issue #12). Until it is here (or if it cannot load) an opened item shows its question, the
 * answers, the source and the note field.
 */
export const defaultDetails = (): Record<string, readonly [why: string, good: string]> => ({
  licensed: [
    msg('This means outside experts check that the program is safe and does good work.'),
    msg('Yes, and they tell you which ones. They share inspection results if you ask.'),
  ],
  staff: [
    msg('Trained, licensed staff are a sign of good care. A doctor can help with health problems and medicines.'),
    msg('Counselors have a license or certificate in addiction care. A doctor works there or can be reached.'),
  ],
  assessment: [
    msg('The right care depends on the whole person, not only on alcohol or drug use.'),
    msg('Yes. They ask about alcohol and drug use, physical and mental health, work, housing, family and legal issues.'),
  ],
  plan: [
    msg('Good care fits the person’s needs and goals, and changes when they change.'),
    msg('Yes. The plan is made together, written down and checked often.'),
  ],
  therapies: [
    msg('Some therapies have strong research behind them.'),
    msg('They name the therapies they use and explain them in plain words.'),
  ],
  medications: [
    msg('There are medicines approved to treat opioid and alcohol use disorders. Offering them is part of good care.'),
    msg('Yes. They give medicines like buprenorphine, methadone or naltrexone. Or they help you get them.'),
  ],
  'mental-health': [
    msg('Many people have both. Good programs are ready to care for both.'),
    msg('Yes. They check for mental health needs and treat them, or set up care with a partner.'),
  ],
  family: [
    msg('Family can learn about addiction and how to help.'),
    msg('They offer family sessions or classes, when the patient agrees.'),
  ],
  schedule: [
    msg('IOP means at least 9 hours a week for adults (6 for teens), often 3 or more sessions. Times that fit work, school or family make it easier to go.'),
    msg('At least 9 hours a week for adults (6 for teens), at times that fit the person’s life.'),
  ],
  costs: [
    msg('Knowing the cost up front helps you plan. If you have no insurance, ask about state-funded care.'),
    msg('They check your coverage and tell you the costs, including extra charges.'),
  ],
  start: [
    msg('It is best to start soon. SAMHSA suggests trying to get an appointment within 48 hours.'),
    msg('Within 48 hours, or they take walk-ins.'),
  ],
  relapse: [
    msg('Using again can happen. Good programs plan for it instead of just sending people away.'),
    msg('They look at the plan again and may change the care. They do not simply end treatment.'),
  ],
  aftercare: [
    msg('Recovery goes on after a program ends. Ongoing care and support help people keep their progress.'),
    msg('They plan next steps with you, like outpatient care, support groups, and help with housing or work.'),
  ],
  crisis: [
    msg('Problems do not only happen during office hours.'),
    msg('They have a 24-hour number or a clear plan, and they also tell you about 988 and 911.'),
  ],
  privacy: [
    msg('People talk more openly when they know their private facts are kept safe.'),
    msg('They clearly explain who can see records and when they need the patient’s OK to share them.'),
  ],
});
