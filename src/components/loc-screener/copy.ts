import { msg, str } from '@lit/localize';
import { type Audience, type LevelId, SCHEDULE as S } from '../../core/levels.js';
export { levelName } from '../../shared/level-names.js';
import type { HelperTipCode, ReasonCode, WarningCode } from '../../core/screener/evaluate.js';
import type { QuestionId } from '../../core/screener/questions.js';

/**
 * Visitor-facing words of the screener, in plain English (about 6th grade), localized with
 * @lit/localize. Functions, not constants, so each call uses the active language.
 * `other` is helper mode (brief §1.6 C12): someone answering for another person reads "they", not "you".
 * Answer options are worded to fit both where English allows, so most need no second version.
 * Facts (hours, days, weeks) come from the core's SCHEDULE (shared with LEVEL_FACTS), never written twice.
 */

export function questionText(id: QuestionId, other: boolean): string {
  switch (id) {
    case 'danger-now': return msg('Is any of this happening right now?');
    case 'who': return msg('Who are you asking for?');
    case 'focus': return other ? msg('What do they need help with?') : msg('What do you want help with?');
    case 'suicide': return other ? msg('In the past few weeks, have they talked about suicide or wanting to die?') : msg('In the past few weeks, have you had thoughts of suicide?');
    case 'use-frequency': return other ? msg('In the past year, how often did they drink alcohol or use drugs?') : msg('In the past year, how often did you drink alcohol or use drugs?');
    case 'substances': return other ? msg('What do they use?') : msg('What do you use?');
    case 'use-problems': return other ? msg('In the past year, which of these happened to them?') : msg('In the past year, which of these happened to you?');
    case 'withdrawal': return other ? msg('When they stopped or cut down, did they ever have any of these?') : msg('When you stopped or cut down, did you ever have any of these?');
    case 'medical': return other ? msg('Do any of these fit them?') : msg('Do any of these fit you?');
    case 'mood': return other ? msg('In the past 2 weeks, how often did they seem down, hopeless, nervous, or full of worry?') : msg('In the past 2 weeks, how often did you feel down, hopeless, nervous, or full of worry?');
    case 'self-care': return other ? msg('Can they take care of themselves each day, like eating, washing, sleeping and staying safe?') : msg('Can you take care of yourself each day, like eating, washing, sleeping and staying safe?');
    case 'recent-care': return other ? msg('In the last month, did they leave detox, a hospital, or a live-in or day program?') : msg('In the last month, did you leave detox, a hospital, or a live-in or day program?');
    case 'past-treatment': return other ? msg('Have they had treatment for this before?') : msg('Have you had treatment for this before?');
    case 'home': return other ? msg('Which of these are true for them?') : msg('Which of these are true for you?');
    case 'readiness': return other ? msg('How do they feel about making a change?') : msg('How do you feel about making a change?');
  }
}

/** Extra help under a question, if any. */
export function questionHint(id: QuestionId, other: boolean): string | undefined {
  switch (id) {
    case 'danger-now': return msg('Check all that are true now. Shakes or sweats alone are not on this list. We ask about them later.');
    case 'use-frequency': return msg('Include pills taken in a way a doctor did not say to.');
    case 'suicide': return other ? msg('If you do not know, you can skip this.') : undefined;
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

export function optionText(q: QuestionId, value: string, other: boolean): string {
  switch (`${q}:${value}`) {
    case 'who:self-adult': return msg('Me, and I am 18 or older');
    case 'who:self-teen': return msg('Me, and I am under 18');
    case 'who:other-adult': return msg('Someone else who is 18 or older');
    case 'who:other-teen': return msg('Someone else who is under 18');
    case 'focus:substance': return msg('Alcohol or drugs');
    case 'focus:mental-health': return msg('Mental health, like mood, stress or worry');
    case 'focus:both': return msg('Both');
    case 'danger-now:cant-wake': return msg("Someone can't be woken up, is barely breathing or gurgling, or has blue or gray lips or tiny pupils");
    case 'danger-now:seizure':
    case 'withdrawal:seizure':
      return msg('A seizure');
    case 'danger-now:chest-pain': return msg('Chest pain');
    case 'danger-now:confused': return msg('Very confused, or seeing or hearing things that are not there');
    case 'danger-now:withdrawal-severe': return msg('After stopping alcohol or pills: a high fever or a racing heart');
    case 'danger-now:took-too-much': return msg('Took too much of a drug, medicine or something harmful, but is awake');
    case 'danger-now:hurt-others': return msg('Wanting to hurt someone else badly');
    case 'suicide:no':
    case 'recent-care:no':
    case 'past-treatment:no':
      return msg('No');
    case 'suicide:wish': return other ? msg('They said they wish they were dead, or could go to sleep and not wake up') : msg('I wished I were dead or could go to sleep and not wake up');
    case 'suicide:thoughts': return other ? msg('They talked about killing themselves, but not right now') : msg('I thought about killing myself, but not right now');
    case 'suicide:now': return other ? msg('They are thinking about killing themselves right now') : msg('I am thinking about killing myself right now');
    case 'suicide:plan': return other ? msg('They have a plan, or they tried to kill themselves') : msg('I have a plan, or I tried to kill myself');
    case 'use-frequency:never': return msg('Never');
    case 'use-frequency:less-than-weekly': return msg('Less than once a week');
    case 'use-frequency:weekly': return msg('Once a week or more');
    case 'use-frequency:daily': return msg('Every day or almost every day');
    case 'substances:alcohol': return msg('Alcohol');
    case 'substances:opioids': return msg('Opioids, like heroin, fentanyl or some pills for pain');
    case 'substances:sedatives': return msg('Sleep or anxiety pills, like Xanax or Valium, not taken just as a doctor said');
    case 'substances:sedatives-prescribed': return msg('Sleep or anxiety pills, taken just as a doctor said');
    case 'substances:stimulants': return msg('Stimulants, like meth or cocaine');
    case 'substances:cannabis': return msg('Marijuana');
    case 'substances:other': return msg('Something else');
    case 'use-problems:more-than-planned': return msg('Used more, or for longer, than planned');
    case 'use-problems:cant-cut-down': return msg('Wanted to stop or cut down, or tried and could not');
    case 'use-problems:lots-of-time': return msg('Spent a lot of time getting it, using it or getting over it');
    case 'use-problems:cravings': return msg('Had strong urges to use');
    case 'use-problems:duties': return msg('It got in the way of work, school or home');
    case 'use-problems:relationships': return msg('Kept using even though it caused fights or trouble with people');
    case 'use-problems:gave-up-activities': return msg('Gave up things that used to be fun');
    case 'use-problems:risky': return msg('Used in risky ways, like before driving');
    case 'use-problems:health-harm': return msg('Kept using even though it hurt health or mood');
    case 'use-problems:tolerance': return msg('Needed more to feel the same');
    case 'use-problems:withdrawal': return msg('Felt sick after stopping or cutting down');
    case 'withdrawal:dts': return msg('DTs: bad confusion, fever, or seeing things that are not there');
    case 'withdrawal:shakes': return msg('Shakes or sweats, like in the morning, that stop after a drink or a pill');
    case 'withdrawal:opioid-sick': return msg('Sick from stopping opioids: aches, throwing up, loose stools, chills');
    case 'medical:pregnant-problems': return msg('Pregnant, with health problems in the pregnancy');
    case 'medical:pregnant': return msg('Pregnant, with no problems so far');
    case 'medical:daily-care': return msg('A serious health problem that needs a nurse or doctor every day');
    case 'mood:not-at-all': return msg('Not at all');
    case 'mood:some-days': return msg('Some days');
    case 'mood:more-than-half': return msg('More than half the days');
    case 'mood:nearly-every-day': return msg('Nearly every day');
    case 'self-care:yes': return msg('Yes');
    case 'self-care:hard': return msg("It's hard, but yes");
    case 'self-care:no': return msg('No, not right now');
    case 'recent-care:yes-stable': return msg('Yes, and things are going OK now');
    case 'recent-care:yes-struggling': return msg('Yes, but things are hard now, or the drinking or drug use started again');
    case 'past-treatment:yes-well': return msg('Yes, and things are going well');
    case 'past-treatment:yes-returned': return msg('Yes, but the problems came back');
    case 'past-treatment:yes-many-times': return msg('Yes, more than once, and the problems keep coming back');
    case 'past-treatment:now-not-enough': return msg("In treatment now, but it's not enough");
    case 'home:safe-stable': return other ? msg('They have a safe, steady place to live') : msg('I have a safe, steady place to live');
    case 'home:support': return other ? msg('Someone supports them getting help') : msg('Someone in my life supports me getting help');
    case 'home:no-support': return other ? msg('No one supports them getting help') : msg('No one in my life supports me getting help');
    case 'home:others-use': return other ? msg('People they live with drink a lot or use drugs') : msg('People I live with drink a lot or use drugs');
    case 'home:unsafe': return other ? msg('Someone at home hurts or threatens them') : msg('Someone at home hurts or threatens me');
    case 'home:unstable': return other ? msg('They do not have a steady place to live') : msg("I don't have a steady place to live");
    case 'home:hard-to-attend': return msg('Getting to a program a few times a week would be hard');
    case 'readiness:ready': return msg('Ready to start');
    case 'readiness:unsure': return msg('Not sure yet');
    case 'readiness:not-ready': return msg('Not ready');
    default:
      return msg('None of these');
  }
}

/** What the level means day to day, built from the shared facts (brief §1.3, C14 and the seeds, see levels.ts). */
export function levelDayToDay(level: LevelId, audience: Audience, other: boolean): string {
  const iopMin = S.iopHours[audience].min;
  const iopMax = S.iopHours[audience].max - 1; // 9–19 hours for adults (C14: Medicare's IOP benefit)
  switch (level) {
    case 'inpatient':
      return other
        ? msg('They stay in a hospital or medical unit. Doctors and nurses are there day and night.')
        : msg('You stay in a hospital or medical unit. Doctors and nurses are there day and night.');
    case 'residential':
      return other
        ? msg('They live at the program for a while. Staff are there day and night.')
        : msg('You live at the program for a while. Staff are there day and night.');
    case 'php':
      return other
        ? msg(str`They live at home and go to the program ${S.phpDays.min} to ${S.phpDays.max} days a week, about ${S.phpHoursPerDay.min} to ${S.phpHoursPerDay.max} hours a day. That is ${S.phpHours[audience].min} or more hours a week.`)
        : msg(str`You live at home and go to the program ${S.phpDays.min} to ${S.phpDays.max} days a week, about ${S.phpHoursPerDay.min} to ${S.phpHoursPerDay.max} hours a day. That is ${S.phpHours[audience].min} or more hours a week.`);
    case 'iop':
      return other
        ? msg(str`They live at home and go to the program ${S.iopDays.min} to ${S.iopDays.max} days a week, ${iopMin} to ${iopMax} hours a week in all. Many have evening hours, and some meet online. Some also have doctors who help with withdrawal. It often lasts ${S.iopWeeks.min} to ${S.iopWeeks.max} weeks.`)
        : msg(str`You live at home and go to the program ${S.iopDays.min} to ${S.iopDays.max} days a week, ${iopMin} to ${iopMax} hours a week in all. Many have evening hours, and some meet online. Some also have doctors who help with withdrawal. It often lasts ${S.iopWeeks.min} to ${S.iopWeeks.max} weeks.`);
    case 'op':
      return other
        ? msg(str`They live at home and meet with a counselor or group once or twice a week, for less than ${S.opHours[audience].max} hours a week.`)
        : msg(str`You live at home and meet with a counselor or group once or twice a week, for less than ${S.opHours[audience].max} hours a week.`);
    case 'early':
      return msg('Short talks with a counselor or doctor help stop problems from growing. They also give facts about alcohol and drugs.');
    default:
      return msg('If things change, or you are worried, talk to a doctor or counselor. You can take this again any time.');
  }
}

export function reasonText(code: ReasonCode, other: boolean): string {
  switch (code) {
    case 'withdrawal-severe': return other
      ? msg('They have had a seizure or DTs when stopping. Stopping again is safest with 24-hour medical care.')
      : msg('You have had a seizure or DTs when stopping. Stopping again is safest with 24-hour medical care.');
    case 'withdrawal-without-support': return other
      ? msg('They get shakes or sweats when they stop, and no one at home can help. Stopping is safest with 24-hour medical care.')
      : msg('You get shakes or sweats when you stop, and no one at home can help. Stopping is safest with 24-hour medical care.');
    case 'dependence': return other
      ? msg('They drink or take pills every day. Their body may depend on it. Stopping should be guided by a doctor, in a program with several visits a week.')
      : msg('You drink or take pills every day. Your body may depend on it. Stopping should be guided by a doctor, in a program with several visits a week.');
    case 'pregnant-use': return other
      ? msg('They are pregnant and use alcohol or drugs. Programs often see pregnant people first. Care should start soon.')
      : msg('You are pregnant and use alcohol or drugs. Programs often see pregnant people first. Care should start soon.');
    case 'medical-needs': return other
      ? msg('Their health or pregnancy needs daily medical care. Care with doctors and nurses comes first.')
      : msg('Your health or your pregnancy needs daily medical care. Care with doctors and nurses comes first.');
    case 'cannot-care-for-self': return other
      ? msg('It is hard for them to take care of themselves right now. Care with staff there day and night can keep them safe.')
      : msg('It is hard to take care of yourself right now. Care with staff there day and night can keep you safe.');
    case 'suicidal-thoughts': return other
      ? msg('They have talked about suicide. A program with mental health care most days can help.')
      : msg('You have had thoughts of suicide. A program with mental health care most days can help.');
    case 'death-wish': return other
      ? msg('They have said they wish they were dead. That matters. Mental health care a few days a week can help.')
      : msg('You have wished you were dead. That matters. Mental health care a few days a week can help.');
    case 'mood-severe-struggling': return other
      ? msg('They seem low or worried nearly every day, and daily life is hard.')
      : msg('You feel low or worried nearly every day, and daily life is hard.');
    case 'mood-severe': return other ? msg('They seem low or worried nearly every day.') : msg('You feel low or worried nearly every day.');
    case 'mood-moderate': return other ? msg('They seem low or worried on more than half the days.') : msg('You feel low or worried on more than half the days.');
    case 'co-occurring': return msg('Look for a program that treats both mood and alcohol or drug use at the same time.');
    case 'use-severe': return other
      ? msg('Alcohol or drug use has caused many problems for them (6 or more on the list).')
      : msg('Alcohol or drug use has caused many problems for you (6 or more on the list).');
    case 'use-moderate': return other
      ? msg('Alcohol or drug use has caused several problems for them (4 or 5 on the list).')
      : msg('Alcohol or drug use has caused several problems for you (4 or 5 on the list).');
    case 'use-some': return other
      ? msg('Alcohol or drug use has caused some problems for them (2 or 3 on the list).')
      : msg('Alcohol or drug use has caused some problems for you (2 or 3 on the list).');
    case 'use-early': return other
      ? msg('They use often or have had a problem from using. Early help can stop problems from growing.')
      : msg('You use often or have had a problem from using. Early help can stop problems from growing.');
    case 'step-down': return other
      ? msg('They just left more intensive care and are doing OK. The next step is usually a program with fewer hours, not the same one again.')
      : msg('You just left more intensive care and are doing OK. The next step is usually a program with fewer hours, not the same one again.');
    case 'recent-care-struggling': return other
      ? msg('They just left more intensive care, and things are hard again. More support each week can help.')
      : msg('You just left more intensive care, and things are hard again. More support each week can help.');
    case 'not-enough-now': return other
      ? msg('Their care now is not enough. Ask about a program with more hours of care.')
      : msg('Your care now is not enough. Ask about a program with more hours of care.');
    case 'repeated-return': return other
      ? msg('Problems came back after treatment more than once. More support each day may help.')
      : msg('Problems came back after treatment more than once. More support each day may help.');
    case 'returned-after-treatment': return other
      ? msg('Problems came back after treatment. More support each week can help them get back on track.')
      : msg('Problems came back after treatment. More support each week can help you get back on track.');
    case 'home-unsafe': return other
      ? msg('Their home is not safe or steady. Living at a program for a while gives them a safe place to get better.')
      : msg('Your home is not safe or steady. Living at a program for a while gives you a safe place to get better.');
    case 'home-others-use': return other
      ? msg('People where they live drink or use drugs. Living at a program for a while can make recovery easier.')
      : msg('People where you live drink or use drugs. Living at a program for a while can make recovery easier.');
    case 'home-no-support': return other
      ? msg('No one at home supports them getting help. More hours of care each week can help.')
      : msg('No one at home supports you getting help. More hours of care each week can help.');
    case 'readiness': return other
      ? msg("It's OK if they feel unsure. Talking with someone can help them decide. This does not change the suggestion.")
      : msg("It's OK to feel unsure. Talking with someone can help you decide. This does not change the suggestion.");
    default:
      return msg('There is danger right now.');
  }
}

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

/** What a helper can do (brief §1.6 C12, C7, C6; seeds/004 family sessions; §4.1 SAMHSA helpline). */
export function helperTipText(code: HelperTipCode): string {
  switch (code) {
    case 'stay-with-them': return msg('Stay with them if you can. Put away pills, guns and other things they could use to hurt themselves.');
    case 'naloxone': return msg('Keep naloxone (Narcan) with you, and learn how to use it.');
    case 'family-program': return msg('Ask programs if they have family sessions. Many help family too.');
    case 'helpline': return msg('The SAMHSA Helpline, 1-800-662-4357, helps families find care. It is free, private and open 24/7.');
  }
}
