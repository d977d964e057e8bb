// Types of bench-harness.mjs for the Playwright config and specs (TypeScript files that import it).
export const root: string;
export const TAGS: readonly ['loc-screener', 'iop-compare', 'program-checklist'];
export function ensureBuild(log?: (line: string) => void): Promise<void>;
export function freePort(): Promise<number>;
export function startServer(): Promise<{ origin: string; stop: () => Promise<void> }>;
export function launchChromium(): Promise<import('playwright-core').Browser>;
export function metrics(cdp: { send(method: string): Promise<unknown> }, gc?: boolean): Promise<Record<string, number>>;
