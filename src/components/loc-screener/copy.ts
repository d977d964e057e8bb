import { msg, str } from '@lit/localize';
import { type Audience, type LevelId, SCHEDULE as S } from '../../core/levels.js';
import type { ReasonCode, WarningCode } from '../../core/screener/evaluate.js';
import type { QuestionId } from '../../core/screener/questions.js';

/**
 * Visitor-facing words of the screener, in plain English (about 6th grade), localized with
 * @lit/localize. Functions, not constants, so each call uses the active language.
 * Facts (hours, days, weeks) come from the core's SCHEDULE (shared with LEVEL_FACTS), never written twice.
 */

export function questionText(id: QuestionId): string {
  switch (id) {
    case 'focus': return msg('What do you want help with?');
    case 'age': return msg('How old is the person who needs help?');
    case 'danger-now': return msg('Is any of this happening right now?');
    case 'suicide': return msg('In the past few weeks, have you had thoughts of suicide?');
    case 'use-frequency': return msg('In the past year, how often did you drink alcohol or use drugs?');
    case 'substances': return msg('What do you use?');
    case 'use-problems': return msg('In the past year, which of these happened?');
    case 'withdrawal': return msg('When you stopped or cut down, did you ever have any of these?');
    case 'medical': return msg('Do any of these apply to you?');
    case 'mood': return msg('Think about the past 2 weeks. How often did you feel down, hopeless, very nervous, or full of worry?');
    case 'self-care': return msg('Can you take care of yourself each day, like eating, washing, sleeping and staying safe?');
    case 'past-treatment': return msg('Have you had treatment for this before?');
    case 'home': return msg('Which of these are true where you live?');
    case 'attend': return msg('Could you get to a program a few times a week, in person or online?');
    case 'readiness': return msg('How do you feel about making a change?');
  }
}

/** Extra help under a question, if any. */
export function questionHint(id: QuestionId): string | undefined {
  switch (id) {
    case 'use-frequency': return msg('Include pills you took in a way your doctor did not tell you to.');
    case 'danger-now':
    case 'substances':
    case 'use-problems':
    case 'withdrawal':
    case 'medical':
    case 'home':
      return msg('Check all that are true.');
    default:
      return undefined;
  }
}

export function optionText(q: QuestionId, value: string): string {
  const none = msg('None of these');
  switch (`${q}:${value}`) {
    case 'focus:substance': return msg('Alcohol or drugs');
    case 'focus:mental-health': return msg('Mental health, like mood, stress or worry');
    case 'focus:both': return msg('Both');
    case 'age:under-18': return msg('Under 18');
    case 'age:18-plus': return msg('18 or older');
    case 'danger-now:cant-wake': return msg("Someone can't be woken up, is barely breathing or gurgling, or has blue or gray lips or tiny pupils");
    case 'danger-now:seizure':
    case 'withdrawal:seizure':
      return msg('A seizure');
    case 'danger-now:chest-pain': return msg('Chest pain');
    case 'danger-now:confused': return msg('Very confused, or seeing or hearing things that are not there');
    case 'danger-now:withdrawal-now': return msg('Shakes, sweats or fever since you stopped or cut down on drinking or sleep or anxiety pills');
    case 'danger-now:took-too-much': return msg('Took too much of a drug, medicine or something harmful, but is awake');
    case 'danger-now:hurt-others': return msg('Wanting to hurt someone else badly');
    case 'suicide:no':
    case 'attend:no':
      return msg('No');
    case 'suicide:wish': return msg('I wished I were dead or could go to sleep and not wake up');
    case 'suicide:thoughts': return msg('I thought about killing myself, but not right now');
    case 'suicide:now': return msg('I am thinking about killing myself right now');
    case 'suicide:plan': return msg('I have a plan, or I tried to kill myself');
    case 'use-frequency:never': return msg('Never');
    case 'use-frequency:less-than-weekly': return msg('Less than once a week');
    case 'use-frequency:weekly': return msg('Once a week or more');
    case 'use-frequency:daily': return msg('Every day or almost every day');
    case 'substances:alcohol': return msg('Alcohol');
    case 'substances:opioids': return msg('Opioids, like fentanyl, heroin or pain pills');
    case 'substances:sedatives': return msg('Sleep or anxiety pills, like Xanax or Valium');
    case 'substances:stimulants': return msg('Stimulants, like meth or cocaine');
    case 'substances:cannabis': return msg('Marijuana');
    case 'substances:other': return msg('Something else');
    case 'use-problems:more-than-planned': return msg('I used more, or for longer, than I meant to');
    case 'use-problems:cant-cut-down': return msg("I wanted to cut down but couldn't");
    case 'use-problems:lots-of-time': return msg('I spent a lot of time getting, using or getting over it');
    case 'use-problems:cravings': return msg('I had strong urges to use');
    case 'use-problems:duties': return msg('It got in the way of work, school or home');
    case 'use-problems:relationships': return msg('I kept using even though it caused fights or trouble with people');
    case 'use-problems:gave-up-activities': return msg('I gave up things I used to enjoy');
    case 'use-problems:risky': return msg('I used in risky ways, like before driving');
    case 'use-problems:health-harm': return msg('I kept using even though it hurt my health or mood');
    case 'use-problems:tolerance': return msg('I needed more to feel the same');
    case 'use-problems:withdrawal': return msg('I felt sick when I stopped or cut down');
    case 'withdrawal:dts': return msg('DTs: bad confusion, fever, or seeing things that are not there');
    case 'withdrawal:shakes': return msg('Shakes, sweats or a racing heart');
    case 'withdrawal:opioid-sick': return msg('Sick from stopping opioids: aches, throwing up, diarrhea, chills');
    case 'medical:pregnant-problems': return msg('Pregnant, with health problems in the pregnancy');
    case 'medical:pregnant': return msg('Pregnant, with no problems so far');
    case 'medical:daily-care': return msg('A serious health problem that needs a nurse or doctor every day');
    case 'mood:not-at-all': return msg('Not at all');
    case 'mood:some-days': return msg('Some days');
    case 'mood:more-than-half': return msg('More than half the days');
    case 'mood:nearly-every-day': return msg('Nearly every day');
    case 'self-care:yes':
    case 'attend:yes':
      return msg('Yes');
    case 'self-care:hard': return msg("It's hard, but yes");
    case 'self-care:no': return msg('No, not right now');
    case 'past-treatment:no': return msg('No');
    case 'past-treatment:yes-well': return msg('Yes, and things are going well');
    case 'past-treatment:yes-returned': return msg('Yes, but the problems came back');
    case 'past-treatment:yes-many-times': return msg('Yes, more than once, and the problems keep coming back');
    case 'past-treatment:now-not-enough': return msg("I'm in treatment now, but it's not enough");
    case 'home:safe-stable': return msg('I have a safe, steady place to live');
    case 'home:support': return msg('Someone in my life supports me getting help');
    case 'home:others-use': return msg('People I live with drink a lot or use drugs');
    case 'home:unsafe': return msg("I don't feel safe at home");
    case 'home:unstable': return msg("I don't have a steady place to live");
    case 'attend:hard': return msg('It would be hard');
    case 'readiness:ready': return msg('Ready to start');
    case 'readiness:unsure': return msg('Not sure yet');
    case 'readiness:not-ready': return msg('Not ready');
    default:
      return none;
  }
}

export function levelName(level: LevelId): string {
  switch (level) {
    case 'emergency': return msg('Emergency care now');
    case 'inpatient': return msg('Inpatient care (24-hour medical care)');
    case 'residential': return msg('Residential treatment');
    case 'php': return msg('Partial hospitalization (day program)');
    case 'iop': return msg('Intensive outpatient (IOP)');
    case 'op': return msg('Outpatient (OP)');
    case 'early': return msg('Early help');
    case 'none': return msg('No treatment program suggested right now');
  }
}

/** What the level means day to day, built from the shared facts (brief §1.3 and the seeds, see levels.ts). */
export function levelDayToDay(level: LevelId, audience: Audience): string {
  switch (level) {
    case 'inpatient':
      return msg('You stay in a hospital or medical unit. Doctors and nurses are there day and night.');
    case 'residential':
      return msg('You live at the program for a while. Staff are there day and night.');
    case 'php':
      return msg(str`You live at home and go to the program ${S.phpDays.min} to ${S.phpDays.max} days a week, about ${S.phpHoursPerDay.min} to ${S.phpHoursPerDay.max} hours a day. That is ${S.phpHours[audience].min} or more hours a week.`);
    case 'iop':
      return msg(str`You live at home and go to the program ${S.iopDays.min} to ${S.iopDays.max} days a week, for ${S.iopHours[audience].min} or more hours a week. Many have evening hours. It often lasts ${S.iopWeeks.min} to ${S.iopWeeks.max} weeks.`);
    case 'op':
      return msg(str`You live at home and meet with a counselor or group once or twice a week, for less than ${S.opHours[audience].max} hours a week.`);
    case 'early':
      return msg('Short talks with a counselor or doctor help stop problems from growing. You also learn facts about alcohol and drugs.');
    default:
      return msg('If things change, or you are worried, talk to a doctor or counselor. You can take this again any time.');
  }
}

export function reasonText(code: ReasonCode): string {
  switch (code) {
    case 'withdrawal-severe': return msg('You have had a seizure or DTs when stopping. Stopping again is safest with 24-hour medical care.');
    case 'withdrawal-with-support': return msg('You use every day and get shakes or sweats when you stop. A doctor should guide stopping, with someone at home to help.');
    case 'withdrawal-without-support': return msg('You use every day and get shakes or sweats when you stop, and you may not have help at home. Stopping is safest with 24-hour medical care.');
    case 'medical-needs': return msg('Your health or your pregnancy needs daily medical care. Care with doctors and nurses comes first.');
    case 'cannot-care-for-self': return msg('It is hard to take care of yourself right now. Care with staff there day and night can keep you safe.');
    case 'suicidal-thoughts': return msg('You have had thoughts of suicide. A program with mental health care most days can help.');
    case 'death-wish': return msg('You have wished you were dead. That matters. Mental health care a few days a week can help.');
    case 'mood-severe-struggling': return msg('You feel low or worried nearly every day, and daily life is hard.');
    case 'mood-severe': return msg('You feel low or worried nearly every day.');
    case 'mood-moderate': return msg('You feel low or worried on more than half the days.');
    case 'use-severe': return msg('Alcohol or drug use has caused many problems for you (6 or more on the list).');
    case 'use-moderate': return msg('Alcohol or drug use has caused several problems for you (4 or 5 on the list).');
    case 'use-some': return msg('Alcohol or drug use has caused some problems for you (2 or 3 on the list).');
    case 'use-early': return msg('You use often or have had a problem from using. Early help can stop problems from growing.');
    case 'not-enough-now': return msg('Your care now is not enough. Ask about a program with more hours of care.');
    case 'repeated-return': return msg('Problems came back after treatment more than once. More support each day may help.');
    case 'returned-after-treatment': return msg('Problems came back after treatment. More support each week can help you get back on track.');
    case 'home-unsafe': return msg('Your home is not safe or steady. Living at a program for a while gives you a safe place to get better.');
    case 'home-others-use': return msg('People where you live drink or use drugs. Living at a program for a while can make recovery easier.');
    case 'home-no-support': return msg('You may not have someone at home to support you. More hours of care each week can help.');
    case 'readiness': return msg("It's OK to feel unsure. Talking with someone can help you decide. This does not change the suggestion.");
    default:
      return msg('You told us about danger right now.');
  }
}

export function warningText(code: WarningCode): string {
  switch (code) {
    case 'dont-stop-suddenly': return msg('Do not stop drinking or taking sleep or anxiety pills all at once. Stopping suddenly can cause seizures. Talk to a doctor first.');
    case 'talk-today': return msg('Please talk to a doctor or counselor today. You can call or text 988 any time, day or night.');
    case 'opioid-medication': return msg('Medicines like buprenorphine, methadone and naltrexone help treat opioid use. Ask any program if they offer them.');
    case 'naloxone': return msg('Keep naloxone (Narcan) close by. It can reverse an opioid overdose.');
    case 'pregnant': return msg('Tell your doctor, and any program you talk to, that you are pregnant.');
    case 'medical-first': return msg("Your health problem needs a doctor's care. Talk with your doctor about it soon.");
    case 'attend-barrier': return msg('Getting to a program may be hard. Ask about online sessions, evening hours or help with rides.');
  }
}
