import { msg, str } from '@lit/localize';
import { type Audience, type LevelId, SCHEDULE as S } from '../../core/levels.js';
export { levelName } from '../../shared/level-names.js';
import type { HelperTipCode, ReasonCode } from '../../core/screener/evaluate.js';

/**
 * The screener's result words: what a level means day to day, the reasons for it and the tips for helpers, in plain
 * English (about 6th grade), localized with @lit/localize (catalog `loc-screener-results`). The warnings are in
 * warnings-copy.ts.
 * Functions, not constants, so each call uses the active language.
 * `other` is helper mode (brief §1.6 C12): someone answering for another person reads "they", not "you".
 * Facts (hours, days, weeks) come from the core's SCHEDULE (shared with LEVEL_FACTS), never written twice.
 */

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

/** What a helper can do (brief §1.6 C12, C7, C6; seeds/004 family sessions; §4.1 SAMHSA helpline). */
export function helperTipText(code: HelperTipCode): string {
  switch (code) {
    case 'stay-with-them': return msg('Stay with them if you can. Put away pills, guns and other things they could use to hurt themselves.');
    case 'naloxone': return msg('Keep naloxone (Narcan) with you, and learn how to use it.');
    case 'family-program': return msg('Ask programs if they have family sessions. Many help family too.');
    case 'helpline': return msg('The SAMHSA Helpline, 1-800-662-4357, helps families find care. It is free, private and open 24/7.');
  }
}
