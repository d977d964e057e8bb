import { msg } from '@lit/localize';
import type { QuestionId } from '../../core/screener/questions.js';

/**
 * The screener's questions, their hints and their answer options: visitor-facing words in plain English (about
 * 6th grade), localized with @lit/localize (catalog `loc-screener-questions`). Functions, not constants, so each
 * call uses the active language.
 * `other` is helper mode (brief §1.6 C12): someone answering for another person reads "they", not "you".
 * Answer options are worded to fit both where English allows, so most need no second version.
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
