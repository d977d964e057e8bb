import { configureLocalization } from '@lit/localize';
configureLocalization({ sourceLocale: 'en', targetLocales: ['fr'], loadLocale: async () => ({ templates: {} }) });
try { await import('../dist/npm/shared/localize.js'); console.log('imported OK'); } catch (e) { console.log('THROWS:', e.message); }
