import { msg } from '@lit/localize';
import type { WarningCode } from '../../core/screener/evaluate.js';

/**
 * The warnings under "Important" on the result and in the summary (withdrawal, suicide risk, pregnancy, opioids and
 * naloxone, domestic violence, getting to a program), in plain English (about 6th grade), localized with
 * @lit/localize. They are safety advice, as the crisis panel is, so they share its catalog (`loc-screener-flow`,
 * with flow.ts and summary.ts). A function, not constants, so each call uses the active language.
 * `other` is helper mode (brief §1.6 C12): someone answering for another person reads "they", not "you".
 */

export function warningText(code: WarningCode, other: boolean): string {
  switch (code) {
    case 'doctor-today': return other
      ? msg('Shakes or sweats after stopping are signs of withdrawal. Help them talk to a doctor today, before they stop or cut down. Call 911 if they get confused, see things, have a seizure, a high fever or a racing heart.')
      : msg('Shakes or sweats after stopping are signs of withdrawal. Talk to a doctor today, before you stop or cut down. Call 911 if you get confused, see things, have a seizure, a high fever or a racing heart.');
    case 'dont-stop-suddenly': return msg('Do not stop drinking or taking sleep or anxiety pills all at once. Stopping suddenly can cause seizures. Talk to a doctor first.');
    case 'ask-prescriber': return msg('Do not stop sleep or anxiety pills suddenly, even ones a doctor prescribed. Ask that doctor before any change.');
    case 'talk-today': return other
      ? msg('Please help them talk to a doctor or counselor today. They, or you, can call or text 988 any time, day or night.')
      : msg('Please talk to a doctor or counselor today. You can call or text 988 any time, day or night.');
    case 'pregnant-doctor-week': return other
      ? msg('Help them see a doctor or prenatal clinic this week, and tell them about the alcohol or drug use.')
      : msg('See a doctor or prenatal clinic this week, and tell them about the alcohol or drug use.');
    case 'opioid-medication': return msg('Some medicines help treat opioid use. They are buprenorphine, methadone and naltrexone. Ask any program if they offer them.');
    case 'opioid-medication-pregnancy': return msg('In pregnancy, do not stop opioids all at once. The medicines used then are buprenorphine or methadone. Ask any program if they offer them.');
    case 'naloxone': return msg('Keep naloxone (Narcan) close by. It can reverse an opioid overdose. Fentanyl can be hidden in fake pills, cocaine and meth.');
    case 'pregnant': return other
      ? msg('Tell their doctor, and any program, about the pregnancy.')
      : msg('Tell your doctor, and any program you talk to, that you are pregnant.');
    case 'medical-first': return other
      ? msg("Their health problem needs a doctor's care. Help them talk with a doctor about it soon.")
      : msg("Your health problem needs a doctor's care. Talk with your doctor about it soon.");
    case 'call-care-team': return other
      ? msg('Help them call the program they just left, or their doctor, soon. Tell them how things are going.')
      : msg('Call the program you just left, or your doctor, soon. Tell them how things are going.');
    case 'domestic-violence': return other
      ? msg('Someone at home hurts or threatens them. The National Domestic Violence Hotline can help. It is free, private and open 24/7.')
      : msg('Someone at home hurts or threatens you. The National Domestic Violence Hotline can help. It is free, private and open 24/7.');
    case 'attend-barrier': return msg('Getting to a program may be hard. Ask about online sessions, evening hours or help with rides.');
  }
}
