import type { ChecklistCounts } from '../../core/checklist/index.js';
import { ProgramChecklist } from './program-checklist.js';

ProgramChecklist.define('program-checklist');

/** Events of `<program-checklist>`; they bubble and are composed, so they can be heard on `document`. */
export interface ProgramChecklistEventMap {
  'program-checklist-change': CustomEvent<ChecklistCounts>;
  'program-checklist-complete': CustomEvent<ChecklistCounts>;
}

declare global {
  interface HTMLElementTagNameMap {
    'program-checklist': ProgramChecklist;
  }
  interface HTMLElementEventMap extends ProgramChecklistEventMap {}
  interface DocumentEventMap extends ProgramChecklistEventMap {}
}
