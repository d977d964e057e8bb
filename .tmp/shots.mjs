import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 320, height: 700 } });
const url = process.argv[2] ?? 'http://127.0.0.1:8000/';
await p.goto(url);
await p.waitForTimeout(500);
const s = p.locator('loc-screener').first();
await s.screenshot({ path: '/tmp/s0.png' });
await s.getByRole('button', { name: /Start|Empezar|Comenzar/ }).click();
await s.screenshot({ path: '/tmp/s1.png' });
// answer: substance, adult, none of danger
const pick = async (re) => { await s.getByLabel(re).first().check(); };
await pick(/Alcohol or drugs|Alcohol o drogas/); await s.getByRole('button',{name:/Next|Siguiente/}).click();
await s.screenshot({ path: '/tmp/s2.png' });
await p.getByRole('checkbox', { name: /Took too much|Tomó demasiado/ }).first().check().catch(()=>{});
await p.waitForTimeout(200);
await s.screenshot({ path: '/tmp/s3.png' });
await b.close();
