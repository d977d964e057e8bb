import { msg, str } from '@lit/localize';
import { type Answers, getQuestion } from '../../core/screener/questions.js';
import { type ScreenerResult, shownReasons } from '../../core/screener/evaluate.js';
import { optionText, questionText } from './questions-copy.js';
import { levelName, reasonText } from './results-copy.js';
import { warningText } from './warnings-copy.js';

/**
 * The summary a visitor can take to an intake call or a doctor (issue #10): the suggested level, why, what to
 * ask, the warnings, and the answers in plain words. Plain text, built in the browser; it goes nowhere unless
 * the visitor prints or copies it.
 */
export function summaryText(result: ScreenerResult, answers: Answers): string {
  const other = result.respondent === 'other';
  const lines: string[] = [];
  const list = (title: string, items: readonly string[]) => {
    if (!items.length) return;
    lines.push('', title, ...items.map((x) => `- ${x}`));
  };
  const level = levelName(result.level);
  lines.push(other ? msg('Self-screen summary (answered by someone helping)') : msg('Self-screen summary'));
  lines.push(msg(str`Level of care to ask about: ${level}`));
  lines.push(msg('This is not a diagnosis. It is a starting point to talk about with a professional.'));
  list(msg('Why'), shownReasons(result).map((r) => reasonText(r.code, other)));
  list(msg('Important'), result.warnings.map((w) => warningText(w.code, other)));
  const ask = [msg(str`Do you offer ${level}, or can you help find it?`), msg('How soon can care start?'), msg('What will it cost, and do you take my insurance?')];
  if (result.warnings.some((w) => w.code === 'opioid-medication' || w.code === 'opioid-medication-pregnancy')) ask.push(msg('Do you give medicine for opioid use? Or help people get it?'));
  if (result.reasons.some((r) => r.code === 'co-occurring')) ask.push(msg('Do you treat mental health and alcohol or drug use together?'));
  if (result.level !== 'none' && result.level !== 'emergency') list(msg('Questions to ask'), ask);
  const given: string[] = [];
  for (const id of result.asked) {
    const value = answers[id];
    if (value === undefined) continue;
    const q = getQuestion(id)!;
    const values = (Array.isArray(value) ? value : [value]) as string[];
    if (q.kind === 'multi' && !values.length) continue;
    given.push(`${questionText(id, other)} ${values.map((v) => optionText(id, v, other)).join('; ')}`);
  }
  list(msg('Answers'), given);
  return lines.join('\n');
}
