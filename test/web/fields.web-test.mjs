import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, BASE_URL, gql, member, openBrowser, practice, reply, signIn, thread, unique } from './support.mjs';

/**
 * The visible inputs, selects and textareas of the page that show no edge: none of their border sides
 * is at once wider than 0, drawn (style not none/hidden) and of a colour other than the background
 * behind them. Bootstrap Italia draws the underline of a text input from its `type`; checkboxes and
 * radios are drawn on their label (::after), so that is what is checked for them.
 */
async function unframedFields(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() => !document.body.innerText.includes('Caricamento in corso')).catch(() => undefined);
  return page.evaluate(() => {
    const rgba = (value) => {
      const m = /rgba?\(([^)]+)\)/.exec(value ?? '');
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    // What is behind the element: its ancestors' backgrounds composited down to the first opaque one.
    const background = (el) => {
      const layers = [];
      for (let e = el.parentElement; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) layers.push(c);
        if (c && c.a >= 1) break;
      }
      return layers.reverse().reduce(
        (under, over) => ({
          r: over.r * over.a + under.r * (1 - over.a),
          g: over.g * over.a + under.g * (1 - over.a),
          b: over.b * over.a + under.b * (1 - over.a),
          a: 1,
        }),
        { r: 255, g: 255, b: 255, a: 1 },
      );
    };
    const differs = (x, y) => Math.abs(x.r - y.r) + Math.abs(x.g - y.g) + Math.abs(x.b - y.b) >= 24;
    const framed = (el, style) => {
      const bg = background(el);
      return ['Top', 'Right', 'Bottom', 'Left'].some((side) => {
        const width = parseFloat(style[`border${side}Width`]);
        const kind = style[`border${side}Style`];
        const colour = rgba(style[`border${side}Color`]);
        return width > 0 && kind !== 'none' && kind !== 'hidden' && colour !== null && colour.a >= 0.3 && differs(colour, bg);
      });
    };
    const name = (el) =>
      (el.labels?.[0]?.innerText || el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.id || el.name || '?').trim().replace(/\s+/g, ' ');
    const bad = [];
    for (const el of document.querySelectorAll('input, select, textarea')) {
      const type = el.getAttribute('type');
      if (type === 'hidden') continue;
      if (type === 'checkbox' || type === 'radio') {
        const label = el.labels?.[0];
        if (!label || !label.checkVisibility({ visibilityProperty: true })) continue;
        if (!framed(label, getComputedStyle(label, '::after')) && !framed(label, getComputedStyle(label, '::before'))) bad.push(`“${name(el)}” (${type})`);
        continue;
      }
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (!framed(el, getComputedStyle(el))) bad.push(`“${name(el)}” (${el.tagName.toLowerCase()}${el.tagName === 'INPUT' ? ` type=${type ?? 'assente'}` : ''})`);
    }
    return bad;
  });
}

test('every visible input, select and textarea of every screen has a visible border or underline, at desktop and at 390 px', async () => {
  const token = await admin();
  const adminUser = { email: process.env.WEB_ADMIN_EMAIL, password: process.env.WEB_ADMIN_PASSWORD };
  const contact = await member({ displayName: 'Elena Marino' });
  const other = await member({ displayName: 'Giorgio Fontana' });
  const p = await practice(contact, { title: 'Fascicolo sociale elettronico' });
  const { createAdministration } = await gql(token, 'mutation($i: CreateAdministrationInput!) { createAdministration(input: $i) { id } }', {
    i: { name: `Comune di Lamezia Terme ${unique('c')}`, kind: 'MUNICIPALITY', region: 'CALABRIA' },
  });
  const { proposeTwinning } = await gql(other.token, 'mutation($i: ProposeTwinningInput!) { proposeTwinning(input: $i) { id } }', {
    i: { practiceId: p.id, receivingAdministrationIds: [createAdministration.id], objectives: 'Trasferire il fascicolo sociale.' },
  });
  const t = await thread(contact, { title: 'Fascicolo sociale: interoperabilità con l’INPS', practiceIds: [p.id] });
  const r = await reply(other, t.id, 'Noi usiamo la cooperazione applicativa.');
  await gql(contact.token, 'mutation($p: ID!) { flagPost(postId: $p, reason: "Da verificare") { id } }', { p: r.id });
  const slug = (await gql(token, '{ categories { slug } }')).categories[0].slug;

  // [screen, path, what to do once there (to open forms shown on demand)]
  const anonymous = [
    ['accesso', '/accesso'],
    ['registrazione', '/registrazione'],
    ['catalogo (anonimo)', '/pratiche'],
  ];
  const signedIn = [
    ['home', '/'],
    ['forum', '/discussioni'],
    ['categoria', `/categorie/${slug}`],
    ['nuova discussione', '/discussioni/nuova'],
    ['discussione (moderazione)', `/discussioni/${t.id}`],
    [
      'discussione (segnalazione)',
      `/discussioni/${t.id}`,
      async (page) => {
        await page.getByTestId('post').nth(1).getByRole('button', { name: 'Segnala' }).click();
        await page.getByLabel('Motivo della segnalazione').waitFor();
      },
    ],
    [
      'discussione (conferma di nascondere)',
      `/discussioni/${t.id}`,
      async (page) => {
        await page.getByTestId('post').nth(1).getByRole('button', { name: 'Nascondi messaggio' }).click();
        await page.getByRole('dialog').waitFor();
      },
    ],
    ['catalogo', '/pratiche'],
    [
      'buona pratica (proposta di gemellaggio)',
      `/pratiche/${p.slug}`,
      async (page) => {
        await page.getByRole('button', { name: 'Proponi gemellaggio' }).click();
        await page.getByLabel('Obiettivi').waitFor();
      },
    ],
    ['gemellaggi', '/gemellaggi'],
    ['gemellaggio', `/gemellaggi/${proposeTwinning.id}`],
    ['membri', '/membri'],
    ['membro', `/membri/${contact.id}`],
    ['ricerca', '/ricerca?q=fascicolo'],
    ['notifiche', '/notifiche'],
    ['moderazione (segnalazioni)', '/moderazione'],
    [
      'moderazione (registro)',
      '/moderazione',
      async (page) => {
        await page.getByRole('tab', { name: 'Registro' }).click();
        await page.getByRole('tabpanel').waitFor();
      },
    ],
    ['gestione (inviti)', '/gestione'],
    [
      'gestione (amministrazioni)',
      '/gestione',
      async (page) => {
        await page.getByRole('tab', { name: 'Amministrazioni' }).click();
        await page.getByRole('heading', { name: 'Nuova amministrazione' }).waitFor();
      },
    ],
    [
      'gestione (ruoli e sospensione)',
      '/gestione',
      async (page) => {
        await page.getByRole('tab', { name: 'Ruoli e sospensioni' }).click();
        await page.getByLabel('Cerca un membro').fill('Giorgio Fontana');
        await page.getByRole('button', { name: 'Sospendi Giorgio Fontana' }).click();
        await page.getByLabel('Motivo della sospensione di Giorgio Fontana').waitFor();
      },
    ],
    ['profilo', '/profilo'],
  ];

  const failures = [];
  for (const [width, height, label] of [
    [1280, 900, 'desktop'],
    [390, 844, '390 px'],
  ]) {
    const browser = await openBrowser({ width, height });
    try {
      const { page } = browser;
      const visit = async ([screen, path, open]) => {
        await page.goto(`${BASE_URL}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (open) await open(page);
        for (const field of await unframedFields(page)) failures.push(`${screen} (${label}): ${field}`);
      };
      for (const screen of anonymous) await visit(screen);
      await signIn(page, adminUser);
      for (const screen of signedIn) await visit(screen);
    } finally {
      await browser.close();
    }
  }
  assert.deepEqual(failures, [], `fields without a visible border or underline:\n${failures.join('\n')}`);
});
