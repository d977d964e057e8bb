// The pages load dist/: build it when a file the checks need is missing (as the old scripts did).
import { ensureBuild } from '../scripts/bench-harness.mjs';

export default async function globalSetup() {
  await ensureBuild();
}
