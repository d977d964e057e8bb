// WordPress end to end (issue #11), on Debian's own packages: WordPress 6.1, MariaDB and PHP.
//
// 1. `php -l` on every PHP file of the plugin (whenever php exists).
// 2. When Debian's `wordpress`, `mariadb-server`, `php-cli` and `php-mysql` are there (CI installs them as root;
//    this script installs them itself only when run as root with CI set), it starts MariaDB and PHP's built-in
//    server on 127.0.0.1 (free ports, a temporary folder, nothing in /etc or /var is changed), installs WordPress
//    and the plugin from dist/wordpress/level-of-care-widgets.zip, creates an Author, and, as that Author through
//    the REST API (an application password), publishes a post with each block, each shortcode and elements
//    pasted as raw HTML. Then Chromium loads the post and checks that each widget renders, that its settings
//    apply, and that there is no console error; the pasted elements kept their attributes (kses) and lost
//    anything unsafe. A second post shows what an Author's pasted <script> settings become, and the notice.
// Otherwise it says plainly that it skipped, and why.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort, launchChromium } from './bench-harness.mjs';
import { readZip } from './zip.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const PLUGIN_SRC = join(root, 'wordpress', 'level-of-care-widgets');
const ZIP = join(root, 'dist', 'wordpress', 'level-of-care-widgets.zip');
const WP = '/usr/share/wordpress';
const THEME = join(WP, 'wp-content', 'themes', 'twentytwentythree');
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
const started = Date.now();
const secs = (t = started) => ((Date.now() - t) / 1000).toFixed(1);
let passed = 0;
let failed = 0;
const check = (ok, name, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};
const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const sbin = (cmd) => which(cmd) || ['/usr/sbin', '/usr/bin'].map((d) => join(d, cmd)).find((p) => existsSync(p)) || '';

/* ---------------------------------------------------------------- 1. php -l ------------------- */
function phpFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? phpFiles(p) : n.endsWith('.php') ? [p] : [];
  });
}

function lint() {
  const files = phpFiles(PLUGIN_SRC);
  for (const f of files) {
    const r = spawnSync('php', ['-l', f], { encoding: 'utf8' });
    check(r.status === 0, `php -l ${f.slice(root.length + 1)}`, (r.stdout + r.stderr).trim());
  }
  return files.length;
}

/* ---------------------------------------------------------------- packages -------------------- */
function missing() {
  const out = [];
  if (!which('php')) out.push('php-cli');
  else if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) out.push('php-mysql');
  if (!sbin('mariadbd') || !sbin('mariadb-install-db')) out.push('mariadb-server');
  if (!existsSync(join(WP, 'wp-settings.php'))) out.push('wordpress');
  if (!existsSync(join(THEME, 'style.css'))) out.push('wordpress-theme-twentytwentythree');
  return out;
}

function install() {
  const t = Date.now();
  console.log(`…     installing Debian's ${PACKAGES.join(' ')} (root in CI)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Keep apt from starting Apache and MariaDB as system services: this test starts its own copies.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]]) {
      const r = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed:\n${(r.stdout + r.stderr).slice(-2000)}`);
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  console.log(`…     apt-get took ${secs(t)} s`);
}

/* ---------------------------------------------------------------- services -------------------- */
const children = [];
function start(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  let log = '';
  child.stdout.on('data', (d) => (log = (log + d).slice(-20000)));
  child.stderr.on('data', (d) => (log = (log + d).slice(-20000)));
  children.push(child);
  return { child, log: () => log };
}
function stopAll() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
}
process.once('exit', stopAll);
/**
 * Stop the servers and wait until they have exited (MariaDB writes to its data folder while it shuts down, more slowly
 * on a busy machine: removing the folder before that failed with ENOTEMPTY), then SIGKILL what is left after 15 s.
 */
async function stopAndWait() {
  stopAll();
  const running = () => children.filter((c) => c.exitCode === null && c.signalCode === null);
  const until = Date.now() + 15_000;
  while (running().length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  for (const c of running()) c.kill('SIGKILL');
  while (running().length) await new Promise((r) => setTimeout(r, 100));
}

async function waitFor(what, fn, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await fn()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${(r.stdout ?? '') + (r.stderr ?? '')}`.slice(0, 4000));
  return r.stdout;
}

/** MariaDB in `dir`, on 127.0.0.1:port, with a database and user for WordPress. */
async function startMariaDB(dir, port) {
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  const data = join(dir, 'data');
  const sock = join(dir, 'mysqld.sock');
  run(sbin('mariadb-install-db'), ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
  const db = start(sbin('mariadbd'), [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${sock}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--skip-name-resolve',
    `--pid-file=${join(dir, 'mysqld.pid')}`,
    '--innodb-buffer-pool-size=32M',
    ...asRoot,
  ]);
  const client = sbin('mariadb') || sbin('mysql');
  await waitFor('MariaDB', () => spawnSync(client, ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', 'SELECT 1']).status === 0, 60_000).catch((e) => {
    throw new Error(`${e.message}\n${db.log()}`);
  });
  run(client, ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', "CREATE DATABASE wp; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';"]);
}

/* ---------------------------------------------------------------- WordPress ------------------- */
/** A private copy of Debian's WordPress (its wp-config.php reads /etc/wordpress, which this test leaves alone). */
function layWordPress(dir, port, dbPort) {
  const docroot = join(dir, 'wp');
  cpSync(WP, docroot, {
    recursive: true,
    // Debian links some files to /usr/share/javascript with relative links: made absolute in the copy.
    verbatimSymlinks: false,
    filter: (src) => src !== join(WP, 'wp-config.php') && !src.startsWith(join(WP, 'wp-content')),
  });
  const content = join(docroot, 'wp-content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  symlinkSync(THEME, join(content, 'themes', 'twentytwentythree'));
  // The plugin exactly as a site owner installs it: from the zip.
  for (const [name, data] of readZip(readFileSync(ZIP))) {
    const p = join(content, 'plugins', name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  }
  // For the classic-editor check only: ?classic=1 opens the classic editor; &nolocw=1 without the plugin's TinyMCE rule.
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  writeFileSync(
    join(content, 'mu-plugins', 'locw-e2e.php'),
    `<?php
add_filter('use_block_editor_for_post', function ($use) { return empty($_GET['classic']) ? $use : false; });
add_action('admin_init', function () { if (!empty($_GET['nolocw'])) remove_filter('tiny_mce_before_init', 'locw_tinymce_elements'); });
`,
  );
  const salt = () => randomBytes(24).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    join(docroot, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp'); define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', 'http://127.0.0.1:${port}'); define('WP_SITEURL', 'http://127.0.0.1:${port}');
define('WP_CONTENT_DIR', ${JSON.stringify(content)}); define('WP_CONTENT_URL', 'http://127.0.0.1:${port}/wp-content');
// "local" lets application passwords work over plain http on 127.0.0.1.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', ${JSON.stringify(join(dir, 'debug.log'))});
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // PHP's built-in server: files as they are, PHP files run, everything else through index.php.
  writeFileSync(
    join(dir, 'router.php'),
    `<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = realpath($_SERVER['DOCUMENT_ROOT'] . $path);
if ($file && is_file($file) && substr($file, -4) !== '.php') return false;
if ($file && is_file($file)) { $_SERVER['SCRIPT_NAME'] = $path; chdir(dirname($file)); require $file; return; }
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`,
  );
  // Install WordPress, activate the plugin and the theme, create an Author with an application password.
  writeFileSync(
    join(dir, 'setup.php'),
    `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['SERVER_NAME'] = '127.0.0.1';
if ($argv[1] === 'install') {
  define('WP_INSTALLING', true);
  require ${JSON.stringify(join(docroot, 'wp-load.php'))};
  require_once ABSPATH . 'wp-admin/includes/upgrade.php';
  $pass = wp_generate_password(24, false);
  $r = wp_install('Level of care e2e', 'admin', 'admin@example.org', false, '', $pass);
  echo json_encode(array('user' => $r['user_id'], 'password' => $pass));
  exit;
}
require ${JSON.stringify(join(docroot, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/plugin.php';
switch_theme('twentytwentythree');
$act = activate_plugin('level-of-care-widgets/level-of-care-widgets.php');
if (is_wp_error($act)) { fwrite(STDERR, $act->get_error_message()); exit(1); }
$id = wp_insert_user(array('user_login' => 'author', 'user_email' => 'author@example.org', 'user_pass' => wp_generate_password(24), 'role' => 'author'));
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
list($password) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'e2e'));
echo json_encode(array('author' => $id, 'password' => $password, 'unfiltered' => user_can($id, 'unfiltered_html'), 'version' => get_bloginfo('version'), 'plugin' => is_plugin_active('level-of-care-widgets/level-of-care-widgets.php')));
`,
  );
  const php = (arg) => JSON.parse(run('php', [join(dir, 'setup.php'), arg], { cwd: docroot }).trim().split('\n').pop());
  const admin = php('install');
  return { docroot, setup: { ...php('setup'), adminPassword: admin.password } };
}

/* ---------------------------------------------------------------- the post -------------------- */
const block = (tag, attrs) => `<!-- wp:level-of-care-widgets/${tag} ${JSON.stringify(attrs)} /-->`;
const SCHEDULE = 'Evenings & weekends, "late" group';
const CONTENT = [
  block('loc-screener', {
    settings: { centerName: 'Riverbend Recovery', levelsOffered: ['php', 'iop', 'op'], cta: { phone: '1-555-555-0100', href: '/contact', label: 'Call our team' }, levels: { iop: { href: '/iop', label: 'See our evening IOP' } } },
    colors: { '--loc-accent': '#7a1f5c' },
  }),
  block('iop-compare', { settings: { centerName: 'Riverbend', cells: { iop: { schedule: SCHEDULE } }, cta: { iop: { href: '/iop', label: 'Ask about our IOP' } } }, attrs: { highlight: 'iop', lang: 'es' } }),
  block('program-checklist', { settings: { meets: { licensed: 'Licensed by the state, CARF accredited' } }, attrs: { mode: 'showcase' } }),
  '<!-- wp:shortcode -->[loc_screener center_name="Lakeside Clinic" cta_phone="555-0100" cta-iop-href="/lakeside-iop" levels_offered="iop op" accent="#224466" colour="red"]<!-- /wp:shortcode -->',
  `<!-- wp:shortcode -->[iop_compare levels="iop php" center-name="Lakeside" cells_iop_schedule="Mon–Thu, 6–9 pm" cta_php_href="/lakeside-php" cta_php_label="Ask about our day program"]<!-- /wp:shortcode -->`,
  '<!-- wp:shortcode -->[program_checklist mode="showcase" meets="staff family" meets_licensed="Licensed in Oregon" hide="privacy"]<!-- /wp:shortcode -->',
  // Pasted as HTML by the Author: the attributes stay, the unsafe parts go (kses).
  '<!-- wp:html --><loc-screener id="pasted" center-name="Pasted Center" cta-phone="555-0111" cta-iop-href="/pasted-iop" cta-iop-label="Pasted IOP" levels-offered="iop op" onclick="alert(1)"></loc-screener><!-- /wp:html -->',
  '<!-- wp:html --><iop-compare id="pasted-unsafe" cta-iop-href="javascript:alert(1)" cta-php-href="/php" center-name="Pasted"></iop-compare><!-- /wp:html -->',
].join('\n\n');
// What an Author gets from the settings script the README used to suggest: kses removes the tag, the JSON stays as text.
// Hostile text in every way an Author can give it: nothing may run, and what kses leaves shows as text (with the editor's notice).
const EVIL = `"'><script>window.pwned=1</script><img src=x onerror="window.pwned=2">`;
const HOSTILE_CONTENT = [
  block('iop-compare', { settings: { centerName: EVIL, cells: { iop: { schedule: `</script><script>window.pwned=3</script>${EVIL}` } } } }),
  `<!-- wp:shortcode -->[loc_screener center_name='${EVIL.replace(/'/g, '&#39;').replace(/]/g, '&#93;')}' cta_phone="555-0100" cta_label="</script><b>x</b>"]<!-- /wp:shortcode -->`,
].join('\n\n');
const SCRIPT_CONTENT = '<!-- wp:html --><loc-screener id="scripted"><script type="application/json">{"version":1,"centerName":"Scripted"}</script></loc-screener><!-- /wp:html -->';

async function publish(origin, auth, title, content) {
  const res = await fetch(`${origin}/?rest_route=/wp/v2/posts&context=edit`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(auth).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, status: 'publish', content }),
  });
  const body = await res.json().catch(() => ({}));
  if (res.status !== 201) throw new Error(`REST publish as Author: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

/** Load a post in Chromium; the widgets' state read in the page. */
async function visit(browser, url, probe) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => ['loc-screener', 'iop-compare', 'program-checklist'].every((t) => customElements.get(t)) && [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].every((e) => e.shadowRoot && e.shadowRoot.textContent.trim().length > 50),
    null,
    { timeout: 20_000 },
  );
  // Spanish loads lazily: wait for it where asked.
  await page.waitForFunction(() => !document.querySelector('iop-compare[lang="es"]') || document.querySelector('iop-compare[lang="es"]').shadowRoot.textContent.includes('Horas por semana'), null, { timeout: 10_000 }).catch(() => {});
  const state = await page.evaluate(probe);
  if (process.env.LOCW_SHOTS) await page.screenshot({ path: join(process.env.LOCW_SHOTS, `post-${new URL(url).searchParams.get('p')}.png`) });
  await page.close();
  return { state, errors, requests };
}

function probe() {
  const text = (el) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  const all = (tag) => [...document.querySelectorAll(tag)];
  const info = (el) => ({
    id: el.id,
    attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    text: text(el),
    notice: text({ shadowRoot: el.shadowRoot.querySelector('[part="notice"]') ? { textContent: el.shadowRoot.querySelector('[part="notice"]').textContent } : null }),
    accent: getComputedStyle(el).getPropertyValue('--loc-accent').trim(),
    // The table or the cards, whichever fits the theme's column (only one is rendered).
    links: [...el.shadowRoot.querySelectorAll('a.cta')].map((a) => [a.getAttribute('href'), a.textContent.trim()]),
    child: el.innerHTML,
  });
  return {
    screeners: all('loc-screener').map(info),
    compares: all('iop-compare').map(info),
    checklists: all('program-checklist').map(info),
    scripts: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')).filter((s) => s.includes('level-of-care-widgets')),
  };
}

/** The block editor as an Administrator: the blocks are there, their controls come from the schema, the preview renders. */
async function editorCheck(browser, origin, password) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  await page.goto(`${origin}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('level-of-care-widgets/loc-screener') && window.wp.data.select('core/editor'), null, { timeout: 30_000 });
  const types = await page.evaluate(() => ['loc-screener', 'iop-compare', 'program-checklist'].map((t) => window.wp.blocks.getBlockType(`level-of-care-widgets/${t}`)?.title ?? null));
  check(types.every(Boolean), 'editor: the three blocks are registered', JSON.stringify(types));
  await page.evaluate(() => {
    const { dispatch } = window.wp.data;
    dispatch('core/edit-post').toggleFeature?.('welcomeGuide');
    const b = window.wp.blocks.createBlock('level-of-care-widgets/loc-screener', { settings: { centerName: 'Editor Preview' } });
    dispatch('core/block-editor').insertBlocks(b);
    dispatch('core/block-editor').selectBlock(b.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  // Levels offered: one checkbox per level id of the schema.
  const boxes = page.locator('.components-checkbox-control__input');
  await boxes.first().waitFor({ timeout: 15_000 });
  const labels = await page.locator('.components-checkbox-control__label').allTextContents();
  check(['inpatient', 'residential', 'php', 'iop', 'op', 'early'].every((l) => labels.includes(l)), 'editor: levels offered as checkboxes, from the schema', labels.join(' '));
  await page.locator('.components-checkbox-control__label', { hasText: /^iop$/ }).click();
  const attrs = await page.evaluate(() => {
    const sel = window.wp.data.select('core/block-editor');
    return sel.getBlockAttributes(sel.getSelectedBlockClientId());
  });
  check(JSON.stringify(attrs.settings) === JSON.stringify({ centerName: 'Editor Preview', levelsOffered: ['iop'] }), 'editor: a checkbox sets settings.levelsOffered', JSON.stringify(attrs));
  const preview = await page
    .waitForFunction(() => document.querySelector('.editor-styles-wrapper loc-screener, iframe') && [...document.querySelectorAll('loc-screener')].some((e) => e.shadowRoot?.textContent.includes('Shared by Editor Preview.')), null, { timeout: 20_000 })
    .then(() => true, () => false);
  check(preview, 'editor: the live preview (ServerSideRender) shows the widget with its settings');
  // The comparison's "levels" attribute: checkboxes too, in the Widget panel.
  await page.evaluate(() => {
    const b = window.wp.blocks.createBlock('level-of-care-widgets/iop-compare');
    window.wp.data.dispatch('core/block-editor').insertBlocks(b);
    window.wp.data.dispatch('core/block-editor').selectBlock(b.clientId);
  });
  await page.getByRole('button', { name: 'Widget' }).click();
  for (const id of ['iop', 'php']) await page.locator('.components-checkbox-control__label', { hasText: new RegExp(`^${id}$`) }).click();
  const compareAttrs = await page.evaluate(() => {
    const sel = window.wp.data.select('core/block-editor');
    return sel.getBlockAttributes(sel.getSelectedBlockClientId());
  });
  check(compareAttrs.attrs?.levels === 'iop php', 'editor: the comparison’s levels as checkboxes set the levels attribute', JSON.stringify(compareAttrs));
  const shown = await page
    .waitForFunction(() => [...document.querySelectorAll('iop-compare')].some((e) => e.getAttribute('levels') === 'iop php' && (e.shadowRoot?.querySelectorAll('th[scope="col"]').length || e.shadowRoot?.querySelectorAll('[part~="card"]').length) === 2), null, { timeout: 20_000 })
    .then(() => true, () => false);
  check(shown, 'editor: the preview follows (two levels, as columns or cards)');
  if (process.env.LOCW_SHOTS) await page.screenshot({ path: join(process.env.LOCW_SHOTS, 'editor.png') });
  // The only ones allowed: WordPress's admin asks another site for avatars, and there is no network here.
  const ours = errors.filter((e) => !/^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/.test(e));
  check(ours.length === 0, 'editor: no console error', ours.join('\n      '));
  await page.close();
}

/** The classic editor's Visual tab (TinyMCE) as an Administrator: the element and its attributes stay. */
async function classicEditorCheck(browser, origin, password, postId) {
  const page = await browser.newPage();
  await page.goto(`${origin}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  const visual = async (query) => {
    await page.goto(`${origin}/wp-admin/post.php?post=${postId}&action=edit&classic=1${query}`);
    await page.waitForFunction(() => window.tinymce?.get('content')?.initialized, null, { timeout: 20_000 });
    return page.evaluate(() => window.tinymce.get('content').getContent());
  };
  const kept = await visual('');
  check(/<loc-screener center-name="Classic Center" cta-iop-href="\/iop"><\/loc-screener>/.test(kept), 'classic editor, Visual tab: the element and its attributes stay', kept);
  // The same page without the plugin's rule: TinyMCE drops the element (what the issue saw), so the check above means something.
  const lost = await visual('&nolocw=1');
  check(!lost.includes('<loc-screener'), 'classic editor without the plugin’s rule: TinyMCE drops the element', lost);
  await page.close();
}

/* ---------------------------------------------------------------- main ------------------------ */
async function main() {
  if (!which('php')) {
    if (!(process.getuid?.() === 0 && process.env.CI)) {
      console.log('wordpress-e2e: skipped: PHP is not installed, so neither php -l nor the WordPress test ran (CI installs php-cli, mariadb-server, wordpress; as root: apt-get install php-cli php-mysql mariadb-server wordpress wordpress-theme-twentytwentythree).');
      console.log('0 passed, 0 failed, 1 skipped');
      return;
    }
  }
  let need = missing();
  if (need.length && process.getuid?.() === 0 && process.env.CI) {
    install();
    need = missing();
  }
  const linted = which('php') ? lint() : 0;
  if (need.length) {
    console.log(`wordpress-e2e: WordPress test skipped: missing Debian packages ${need.join(', ')} (CI installs them as root; this script installs them only as root with CI set). php -l checked ${linted} files.`);
    console.log(`${passed} passed, ${failed} failed, 1 skipped`);
    process.exitCode = failed ? 1 : 0;
    return;
  }
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run build first`);

  const dir = mkdtempSync(join(tmpdir(), 'locw-wp-'));
  const [port, dbPort] = [await freePort(), await freePort()];
  let t = Date.now();
  try {
    await startMariaDB(join(dir, 'db'), dbPort);
    console.log(`…     MariaDB on 127.0.0.1:${dbPort} in ${secs(t)} s`);
    t = Date.now();
    const { docroot, setup } = layWordPress(dir, port, dbPort);
    console.log(`…     WordPress ${setup.version} installed in ${secs(t)} s`);
    check(setup.plugin === true, 'the plugin from the zip is active');
    check(setup.unfiltered === false, 'the Author has no unfiltered_html (kses applies)');
    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(dir, 'router.php')], { cwd: docroot });
    const origin = `http://127.0.0.1:${port}`;
    await waitFor('PHP server', async () => (await fetch(`${origin}/?rest_route=/`)).ok, 30_000).catch((e) => {
      throw new Error(`${e.message}\n${server.log()}`);
    });

    t = Date.now();
    const auth = `author:${setup.password}`;
    const post = await publish(origin, auth, 'Find your level of care', CONTENT);
    const raw = post.content?.raw ?? '';
    check(/<loc-screener id="pasted" center-name="Pasted Center" cta-phone="555-0111" cta-iop-href="\/pasted-iop" cta-iop-label="Pasted IOP" levels-offered="iop op">/.test(raw), 'as Author, a pasted <loc-screener> keeps its attributes', raw.match(/<loc-screener id="pasted"[^>]*>/)?.[0]);
    check(!/onclick/.test(raw), 'as Author, onclick is removed by kses');
    check(!/javascript:/.test(raw) && /<iop-compare id="pasted-unsafe"[^>]*cta-php-href="\/php"/.test(raw), 'as Author, a javascript: link in cta-iop-href is removed; the safe link stays', raw.match(/<iop-compare id="pasted-unsafe"[^>]*>/)?.[0]);
    check(raw.includes('<!-- wp:level-of-care-widgets/loc-screener') && raw.includes('[iop_compare'), 'blocks and shortcodes are saved as written');
    const scripted = await publish(origin, auth, 'Settings in a script', SCRIPT_CONTENT);
    check(!/<script/.test(scripted.content?.raw ?? '') && /<loc-screener id="scripted">/.test(scripted.content?.raw ?? ''), 'as Author, <script> inside a pasted widget is removed (the element stays)', scripted.content?.raw);
    const hostile = await publish(origin, auth, 'Hostile text', HOSTILE_CONTENT);
    const classic = await publish(origin, auth, 'Classic editor', '<p>Find your level of care:</p>\n<loc-screener center-name="Classic Center" cta-iop-href="/iop"></loc-screener>');
    console.log(`…     published as the Author in ${secs(t)} s`);

    t = Date.now();
    const browser = await launchChromium();
    try {
      const { state: s, errors, requests } = await visit(browser, `${origin}/?p=${post.id}`, probe);
      // The one expected: kses turned the pasted javascript:alert(1) into "alert(1)", which the widget refuses and names.
      const expected = (e) => /^<iop-compare> setting "cta-iop-href": "alert\(1\)" is not a safe link/.test(e);
      check(errors.length === 1 && expected(errors[0]), 'no console errors on the post but the refused pasted link', errors.join('\n      '));
      check(s.screeners.length === 3 && s.compares.length === 3 && s.checklists.length === 2, 'every block, shortcode and pasted element is on the page', JSON.stringify([s.screeners.length, s.compares.length, s.checklists.length]));
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
      check(foreign.length === 0, 'no request leaves the site (no third-party CDN)', foreign.join(' '));
      const widgetScripts = requests.filter((u) => /level-of-care-widgets.*\.js/.test(u) && u.includes('/assets/cdn/'));
      check(widgetScripts.length === 1 && /assets\/cdn\/level-of-care-widgets\.classic\.js/.test(widgetScripts[0]), 'the widgets load once, from the plugin’s own copy (classic script before WordPress 6.5)', widgetScripts.join(' '));

      const [bScreen, sScreen, pScreen] = s.screeners;
      check(bScreen.text.includes('Shared by Riverbend Recovery.') && bScreen.attrs['cta-iop-href'] === '/iop' && bScreen.attrs['cta-label'] === 'Call our team' && bScreen.attrs['levels-offered'] === 'php iop op', 'screener block: settings rendered as attributes and applied', JSON.stringify(bScreen.attrs));
      check(bScreen.accent === '#7a1f5c', 'screener block: its accent color applies', bScreen.accent);
      check(!bScreen.child.includes('<script'), 'screener block: every setting is an attribute (no settings script)', bScreen.child);
      check(sScreen.text.includes('Shared by Lakeside Clinic.') && sScreen.attrs['cta-iop-href'] === '/lakeside-iop' && sScreen.accent === '#224466', 'screener shortcode: attributes and color apply', JSON.stringify(sScreen.attrs) + sScreen.accent);
      check(pScreen.text.includes('Shared by Pasted Center.') && pScreen.attrs['cta-iop-label'] === 'Pasted IOP', 'pasted screener renders with its attributes');

      const [bCompare, sCompare, pCompare] = s.compares;
      check(bCompare.text.includes('Horas por semana') && bCompare.text.includes(`En Riverbend: ${SCHEDULE}`), 'compare block: Spanish, and the own text from the JSON written by the server (with & and quotes)', bCompare.text.slice(0, 600));
      check(JSON.stringify(bCompare.links) === JSON.stringify([['/iop', 'Ask about our IOP']]), 'compare block: the per-level button', JSON.stringify(bCompare.links));
      check(/<script type="application\/json">\{"version":1,"cells":\{"iop":\{"schedule":"Evenings \\u0026 weekends, \\u0022late\\u0022 group"\}\}\}<\/script>/.test(bCompare.child), 'compare block: JSON written escaped (\\u0026, \\u0022)', bCompare.child);
      check(sCompare.text.includes('At Lakeside: Mon–Thu, 6–9 pm') && JSON.stringify(sCompare.links) === JSON.stringify([['/lakeside-php', 'Ask about our day program']]), 'compare shortcode: own text and button', sCompare.text.slice(0, 300) + JSON.stringify(sCompare.links));
      check(pCompare.links.length === 1 && pCompare.links[0][0] === '/php', 'pasted compare: only the safe link', JSON.stringify(pCompare.links));

      const [bList, sList] = s.checklists;
      check(bList.text.includes('What our program offers') && bList.text.includes('Licensed by the state, CARF accredited'), 'checklist block: showcase mode and the "meets" text', bList.text.slice(0, 300));
      check(sList.text.includes('Licensed in Oregon') && /"meets":\{"staff":true,"family":true,"licensed":"Licensed in Oregon"\}/.test(sList.child) && /"hide":\["privacy"\]/.test(sList.child), 'checklist shortcode: "meets" as a list and with a note, "hide"', sList.child);
      const widgets = [...s.screeners, ...s.compares, ...s.checklists];
      check(widgets.every((w) => !w.notice || w.id === 'pasted-unsafe') && pCompare.notice.includes('cta-iop-href'), 'no settings notice on any widget but the pasted unsafe link', widgets.map((w) => w.notice).join(' | '));

      const scriptPage = await visit(browser, `${origin}/?p=${scripted.id}`, probe);
      const notice = scriptPage.state.screeners[0]?.notice ?? '';
      check(/this site removed their <script> tag\. Use attributes instead/.test(notice) && notice.includes('plugin'), 'an Author’s stripped settings script: the notice names attributes and the plugin', notice);
      check(scriptPage.errors.length === 1 && /settings were found but not read/.test(scriptPage.errors[0]), 'that notice is the only console error there', scriptPage.errors.join('\n'));
      const evil = await visit(browser, `${origin}/?p=${hostile.id}`, () => ({
        pwned: window.pwned ?? null,
        scripts: document.querySelectorAll('script:not([src])').length,
        imgs: document.querySelectorAll('img[src="x"]').length + [...document.querySelectorAll('iop-compare, loc-screener')].reduce((n, e) => n + e.shadowRoot.querySelectorAll('img, script, b').length, 0),
        compare: document.querySelector('iop-compare').shadowRoot.textContent.replace(/\s+/g, ' '),
        screener: document.querySelector('loc-screener').getAttribute('center-name'),
      }));
      check(evil.state.pwned === null && evil.state.imgs === 0, 'hostile text in blocks and shortcodes: nothing runs, no element is made from it', JSON.stringify(evil.state));
      // kses already took the <script> tags and the handler out of the Author's text; what is left is shown as text.
      check(/At "'>window\.pwned=1<img src="x">: window\.pwned=3"'>window\.pwned=1<img src="x">/.test(evil.state.compare) && /^"'>window\.pwned=1<img [^>]*src="x">$/.test(evil.state.screener ?? ''), 'what is left of it after kses is shown as text, never as HTML', evil.state.compare.slice(0, 400) + ' | ' + evil.state.screener);
      check(evil.errors.length > 0 && evil.errors.every((e) => /HTML is not read/.test(e)), 'its only console errors are the notices that HTML is not read', evil.errors.join('\n      '));
      await editorCheck(browser, origin, setup.adminPassword);
      await classicEditorCheck(browser, origin, setup.adminPassword, classic.id);
    } finally {
      await browser.close();
    }
    console.log(`…     Chromium checks in ${secs(t)} s`);
    const debugLog = existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '';
    const ours = debugLog.split('\n').filter((l) => l.includes('level-of-care-widgets'));
    check(ours.length === 0, 'no PHP notice or warning from the plugin', ours.slice(0, 5).join('\n      '));
  } finally {
    await stopAndWait();
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
  console.log(`wordpress-e2e: ${secs()} s in all`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  stopAll();
  process.exit(1);
});
