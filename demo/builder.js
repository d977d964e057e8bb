// Snippet builder: builds the code an editor pastes, and a live preview of it.
// Works under a strict Content-Security-Policy with Trusted Types: no inline script or style,
// no innerHTML; colors are set with el.style.setProperty (CSSOM), which CSP allows.

import { FALLBACK, crisisFallbackHtml, fallbackLang } from '../dist/npm/fallback.js';

const CDN = 'https://unpkg.com/level-of-care-widgets/dist/cdn/';

/** Every attribute of every widget: enums are selects, flags are checkboxes, the rest are text boxes. */
const WIDGETS = {
  'loc-screener': [
    { name: 'audience', label: 'Who it is for', options: [['', 'Ask the person'], ['adult', 'Adults'], ['adolescent', 'Teens']] },
    { name: 'respondent', label: 'Who answers', options: [['', 'Ask the person'], ['self', 'The person themselves'], ['other', 'Someone helping them (family, friend)']] },
    { name: 'focus', label: 'What it asks about', options: [['', 'Ask the person'], ['substance', 'Alcohol and drugs'], ['mental-health', 'Mental health'], ['both', 'Both']] },
    { name: 'levels-offered', label: 'Levels you offer', hint: 'Ids with spaces between: inpatient residential php iop op early', placeholder: 'php iop op' },
    { name: 'cta-phone', label: 'Your phone number', placeholder: '1-555-555-0100' },
    { name: 'cta-href', label: 'Your contact page', hint: 'A full https:// address or a path on your site', placeholder: '/contact' },
    { name: 'event-detail', label: 'What the events tell your page scripts', options: [['', 'Counts and level only (private, default)'], ['reasons', 'Also reasons, age group and crisis kind'], ['answers', 'Also the answers']] },
    { name: 'config-src', label: 'Settings file on your site (optional)', hint: 'A JSON file on the same site, for site builders that remove scripts', placeholder: '/widgets/screener.json' },
  ],
  'iop-compare': [
    { name: 'levels', label: 'Levels to show', hint: 'Ids with spaces between: op iop php residential inpatient', placeholder: 'op iop php residential' },
    { name: 'audience', label: 'Who it is for', options: [['', 'Adults (default)'], ['adult', 'Adults'], ['adolescent', 'Teens']] },
    { name: 'highlight', label: 'Level to feature', options: [['', 'None'], ['op', 'Outpatient (OP)'], ['iop', 'Intensive outpatient (IOP)'], ['php', 'High-intensity outpatient (partial hospitalization, PHP)'], ['residential', 'Residential treatment'], ['inpatient', 'Inpatient care']] },
    { name: 'no-link', label: 'Do not follow a check-in on the same page', flag: true },
    { name: 'config-src', label: 'Settings file on your site (optional)', hint: 'A JSON file on the same site, for site builders that remove scripts', placeholder: '/widgets/compare.json' },
  ],
  'program-checklist': [
    { name: 'mode', label: 'Mode', options: [['', 'For visitors (default)'], ['visitor', 'For visitors'], ['showcase', 'Show what your program offers']] },
    { name: 'remember', label: 'Keep answers in the visitor’s browser', flag: true },
    { name: 'storage-key', label: 'Name for saved answers', hint: 'Only if you have more than one checklist: up to 40 letters, digits, - or _', placeholder: 'default' },
    { name: 'config-src', label: 'Settings file on your site (optional)', hint: 'A JSON file on the same site, for site builders that remove scripts', placeholder: '/widgets/checklist.json' },
  ],
};

/** Theme tokens: colors get a color picker next to the text box; `kind` is what CSS.supports checks. */
const TOKENS = [
  { name: '--loc-accent', label: 'Main color', kind: 'color', example: '#1f4d45' },
  { name: '--loc-accent-text', label: 'Text on the main color', kind: 'color', example: '#ffffff' },
  { name: '--loc-danger', label: 'Crisis and warning color', kind: 'color', example: '#b00020' },
  { name: '--loc-surface', label: 'Background', kind: 'color', example: '#ffffff' },
  { name: '--loc-border', label: 'Borders', kind: 'color', example: '#c8ccd4' },
  { name: '--loc-radius', label: 'Corner roundness', kind: 'length', example: '0.5rem' },
  { name: '--loc-gap', label: 'Spacing', kind: 'length', example: '1rem' },
  { name: '--loc-font-size', label: 'Text size', kind: 'length', example: '1rem' },
  { name: '--loc-max-width', label: 'Widest it gets', kind: 'length', example: '40rem' },
];

const $ = (id) => document.getElementById(id);
const form = $('builder-form');
const widgetSelect = $('widget');
const langSelect = $('lang');
const options = $('options');
const colors = $('colors');
const snippet = $('snippet');
const preview = $('preview');
const copyStatus = $('copy-status');

function make(tag, props = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') el.textContent = v;
    else if (v === true) el.setAttribute(k, '');
    else if (v != null && v !== false) el.setAttribute(k, v);
  }
  el.append(...children);
  return el;
}

/** Build the settings fields for the chosen widget (keeps nothing from the previous widget). */
function buildOptions(tag) {
  for (const old of options.querySelectorAll(':scope > :not(legend)')) old.remove();
  for (const a of WIDGETS[tag]) {
    const id = `opt-${a.name}`;
    if (a.flag) {
      options.append(make('label', { class: 'check', for: id }, [make('input', { type: 'checkbox', id, 'data-attr': a.name }), a.label]));
      continue;
    }
    options.append(make('label', { for: id, text: a.label }));
    if (a.hint) options.append(make('span', { class: 'hint', id: `${id}-hint`, text: a.hint }));
    if (a.options) {
      options.append(make('select', { id, 'data-attr': a.name }, a.options.map(([value, text]) => make('option', { value, text }))));
    } else {
      options.append(make('input', { type: 'text', id, 'data-attr': a.name, placeholder: a.placeholder, 'aria-describedby': a.hint ? `${id}-hint` : null, autocomplete: 'off' }));
    }
  }
}

function buildColors() {
  for (const t of TOKENS) {
    const id = `tok-${t.name.slice(2)}`;
    colors.append(make('label', { for: id, text: `${t.label} (${t.name})` }));
    const text = make('input', { type: 'text', id, 'data-token': t.name, placeholder: t.example, autocomplete: 'off', 'aria-describedby': `${id}-error` });
    const error = make('span', { class: 'error', id: `${id}-error` });
    if (t.kind === 'color') {
      const picker = make('input', { type: 'color', value: t.example, 'aria-label': `Pick: ${t.label}` });
      picker.addEventListener('input', () => {
        text.value = picker.value;
        update();
      });
      text.addEventListener('change', () => {
        if (/^#[0-9a-f]{6}$/i.test(text.value.trim())) picker.value = text.value.trim();
      });
      colors.append(make('div', { class: 'color-row' }, [picker, text]));
    } else colors.append(text);
    colors.append(error);
  }
}

/** A token value is used only when the browser accepts it for that kind, so nothing can break out of the rule. */
function validToken(t, value) {
  if (/[;{}<>\\]/.test(value)) return false;
  return t.kind === 'color' ? CSS.supports('color', value) : CSS.supports('width', value) || CSS.supports('border-radius', value);
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The current choices: attributes (in form order) and theme tokens. */
function read() {
  const tag = widgetSelect.value;
  const attrs = [];
  if (langSelect.value) attrs.push(['lang', langSelect.value]);
  for (const input of options.querySelectorAll('[data-attr]')) {
    const name = input.dataset.attr;
    if (input.type === 'checkbox') {
      if (input.checked) attrs.push([name, '']);
    } else if (input.value.trim()) attrs.push([name, input.value.trim()]);
  }
  const tokens = [];
  for (const input of colors.querySelectorAll('[data-token]')) {
    const t = TOKENS.find((x) => x.name === input.dataset.token);
    const value = input.value.trim();
    const error = $(`${input.id}-error`);
    const ok = !value || validToken(t, value);
    input.setAttribute('aria-invalid', String(!ok));
    error.textContent = ok ? '' : `Not used: the browser does not understand “${value}”. Try something like ${t.example}.`;
    if (value && ok) tokens.push([t.name, value]);
  }
  return { tag, attrs, tokens };
}

function code({ tag, attrs, tokens }) {
  const lines = [`<script type="module" src="${CDN}${tag}.js"></script>`];
  if (tokens.length) {
    lines.push('<style>', `  ${tag} {`, ...tokens.map(([n, v]) => `    ${n}: ${v};`), '  }', '</style>');
  }
  const list = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');
  // Help before JavaScript (src/fallback.ts): the crisis numbers as plain links inside the tag. They show
  // when the script does not run (blocked, offline, old browser) and are hidden once the widget loads.
  const lang = attrs.find(([n]) => n === 'lang')?.[1];
  lines.push(`<${tag}${list}>`, `  <!-- Shown only if the widget cannot load -->`, `  ${crisisFallbackHtml(lang)}`, `</${tag}>`);
  return `${lines.join('\n')}\n`;
}

/** The snippet's fallback as DOM (no innerHTML: Trusted Types), the same words and links as its HTML. */
function fallbackNode(lang) {
  const p = make('p', { 'data-loc-fallback': '' });
  FALLBACK[fallbackLang(lang)].forEach((line, i) => {
    const parts = line.parts.map((x) => (typeof x === 'string' ? x : make('a', { href: x.href, text: x.text })));
    if (i) p.append(' ');
    p.append(...(line.strong ? [make('strong', {}, parts)] : parts));
  });
  return p;
}

/** Re-create the widget for the preview, so it starts fresh with exactly the pasted settings. */
function renderPreview({ tag, attrs, tokens }) {
  const el = document.createElement(tag);
  for (const [n, v] of attrs) el.setAttribute(n, v);
  for (const [n, v] of tokens) el.style.setProperty(n, v);
  el.append(fallbackNode(attrs.find(([n]) => n === 'lang')?.[1]));
  preview.replaceChildren(el);
}

function update() {
  const state = read();
  snippet.value = code(state);
  renderPreview(state);
  copyStatus.textContent = '';
}

$('copy').addEventListener('click', async () => {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied. Paste it into an HTML block of your site.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Your browser did not let us copy. The code is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.';
  }
});

widgetSelect.addEventListener('change', () => {
  buildOptions(widgetSelect.value);
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());

const fromUrl = new URLSearchParams(location.search).get('widget');
if (fromUrl && fromUrl in WIDGETS) widgetSelect.value = fromUrl;
buildOptions(widgetSelect.value);
buildColors();
update();
