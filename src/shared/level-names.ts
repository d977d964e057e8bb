import { msg } from '@lit/localize';
import type { LevelId } from '../core/levels.js';

/**
 * Level names, the same in every widget (brief §1.6 C14): the 4th-edition name with the common one where they
 * differ ("High-intensity outpatient", often called partial hospitalization or a day program, 2.5).
 */
export function levelName(level: LevelId): string {
  switch (level) {
    case 'emergency': return msg('Emergency care now');
    case 'inpatient': return msg('Inpatient care (doctors and nurses day and night)');
    case 'residential': return msg('Residential treatment (live-in care)');
    case 'php': return msg('High-intensity outpatient (often called partial hospitalization or day program)');
    case 'iop': return msg('Intensive outpatient (IOP)');
    case 'op': return msg('Outpatient (OP)');
    case 'early': return msg('Early help');
    case 'none': return msg('No treatment program suggested right now');
  }
}

