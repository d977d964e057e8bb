import type { ChecklistCounts } from '../../core/checklist/index.js';
import { ProgramChecklist } from './program-checklist.js';

ProgramChecklist.define('program-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'program-checklist': ProgramChecklist;
  }
  interface HTMLElementEventMap {
    'program-checklist-change': CustomEvent<ChecklistCounts>;
    'program-checklist-complete': CustomEvent<ChecklistCounts>;
  }
}
