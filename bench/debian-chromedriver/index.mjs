// Stand-in for the npm "chromedriver" package, used only by `npm run bench` (scripts/bench.mjs).
// Why: tachometer, before it starts Chrome, makes sure a package named "chromedriver" can be
// loaded and installs it on demand if not; the real package downloads a driver binary when it
// installs, and nothing may be downloaded here. This stand-in is installed as node_modules/chromedriver
// (a file: devDependency, copied there by npm install), so tachometer finds it and installs nothing. Loading it:
//   1. checks that Debian's driver is there (apt-get install -y chromium-driver; or CHROMEDRIVER_PATH
//      names a file called chromedriver) and fails with a clear message if not;
//   2. puts the driver's folder first on PATH, where selenium-webdriver's Selenium Manager looks;
//   3. sets SE_OFFLINE=true, so Selenium Manager never goes online to fetch a driver or a browser
//      (offline, it uses the chromedriver it finds on PATH).
import { accessSync, constants } from 'node:fs';
import { basename, delimiter, dirname } from 'node:path';

const exe = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
try {
  accessSync(exe, constants.X_OK);
} catch {
  throw new Error(`no chromedriver at ${exe}: install Debian's (apt-get install -y chromium-driver) or set CHROMEDRIVER_PATH. Nothing is downloaded.`);
}
if (basename(exe) !== 'chromedriver') {
  throw new Error(`CHROMEDRIVER_PATH must name a file called chromedriver (Selenium Manager looks for that name on PATH), not ${exe}`);
}
process.env.PATH = dirname(exe) + delimiter + process.env.PATH;
process.env.SE_OFFLINE = 'true';

/** Where the driver is, as the real package exports it. */
export const path = exe;
