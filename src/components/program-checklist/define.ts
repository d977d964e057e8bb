import { ProgramChecklist } from './program-checklist.js';

ProgramChecklist.define('program-checklist');

export type { ProgramChecklistEventMap } from './program-checklist.js';

declare global {
  interface HTMLElementTagNameMap {
    'program-checklist': ProgramChecklist;
  }
}
