import { SCHEDULE } from '../src/core/levels.js';
console.log(SCHEDULE);
