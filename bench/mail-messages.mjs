// The notification e-mails of the `mail` suite: the same messages for the outbox and for the
// plain nodemailer loop. Realistic size: a subject, about 1 KB of text, about 4 KB of HTML with
// inline styles, and the headers of a notification (List-Unsubscribe, Reply-To, References).

export const MAIL_FROM = 'Buone pratiche <noreply@localhost>';
const SITE = 'https://buonepratiche.example.it';

/** Recipient of message i of burst `burst` (distinct in every burst: the sink counts recipients). */
export const recipientOf = (burst, i) => `membro${i}.raffica${burst}@comune.example.it`;

const PARAGRAPHS = [
  'Nel nostro comune abbiamo avviato lo sportello unico digitale per le pratiche edilizie due anni fa: ' +
    'la parte più lunga non è stata la piattaforma, ma il riordino dei modelli e la formazione del personale.',
  'Vi consiglio di partire dalle pratiche più frequenti (CILA e SCIA), misurando i tempi prima e dopo, ' +
    'così da avere numeri da portare in giunta e ai cittadini.',
  'Se vi può essere utile, possiamo condividere il capitolato e il piano di formazione: scriveteci pure.',
];

const cell = 'font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;padding:0 24px';

/** Message i of burst `burst`: { to, subject, text, html, headers }. */
export function notificationEmail(burst, i) {
  const thread = `discussione-${1000 + (i % 37)}`;
  const token = `${burst.toString(36)}${i.toString(36).padStart(4, '0')}a9f3c2e7b1d4`;
  const link = `${SITE}/forum/${thread}#post-${i}`;
  const unsubscribe = `${SITE}/disiscrizione?token=${token}`;
  const subject = `Nuova risposta nella discussione «Sportello unico digitale: come siete partiti?» (${i})`;
  const text = [
    'Gentile collega,',
    '',
    `Maria Esposito (Comune di Prova ${i % 8}) ha risposto nella discussione «Sportello unico digitale: come siete partiti?»:`,
    '',
    ...PARAGRAPHS.map((p) => `> ${p}`),
    '',
    `Leggi e rispondi: ${link}`,
    '',
    'Può rispondere direttamente a questa e-mail: la risposta sarà pubblicata nella discussione.',
    '',
    `Non vuole più ricevere queste e-mail? ${unsubscribe}`,
    `Preferenze delle notifiche: ${SITE}/profilo/notifiche`,
  ].join('\n');
  const quoted = PARAGRAPHS.map((p) => `<p style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#333333">${p}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${subject}</title></head>
<body style="margin:0;padding:0;background-color:#f2f4f7">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#f2f4f7;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:6px;border:1px solid #dfe3e8">
<tr><td style="background-color:#0066cc;padding:16px 24px;border-radius:6px 6px 0 0;font-family:Helvetica,Arial,sans-serif;font-size:18px;font-weight:bold;color:#ffffff">Buone pratiche</td></tr>
<tr><td style="${cell};padding-top:24px">Gentile collega,</td></tr>
<tr><td style="${cell};padding-top:12px"><strong>Maria Esposito</strong> (Comune di Prova ${i % 8}) ha risposto nella discussione
<a href="${link}" style="color:#0066cc;text-decoration:underline">«Sportello unico digitale: come siete partiti?»</a>:</td></tr>
<tr><td style="padding:16px 24px"><div style="border-left:4px solid #0066cc;padding:8px 16px;background-color:#f7f9fc">
${quoted}
</div></td></tr>
<tr><td style="${cell};padding-bottom:24px" align="left">
<a href="${link}" style="display:inline-block;background-color:#0066cc;color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 20px;border-radius:4px">Leggi e rispondi</a></td></tr>
<tr><td style="${cell};padding-bottom:24px;font-size:13px;color:#555555">Può rispondere direttamente a questa e-mail: la risposta sarà pubblicata nella discussione.</td></tr>
<tr><td style="border-top:1px solid #dfe3e8;padding:16px 24px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:1.5;color:#6b7280">
Ricevi questa e-mail perché segui la discussione. <a href="${unsubscribe}" style="color:#6b7280;text-decoration:underline">Non ricevere più queste e-mail</a>
· <a href="${SITE}/profilo/notifiche" style="color:#6b7280;text-decoration:underline">Preferenze delle notifiche</a><br>
Buone pratiche: la comunità delle pubbliche amministrazioni che condividono soluzioni, esperienze e gemellaggi.<br>
Questa è un'e-mail automatica inviata per conto della comunità; per assistenza scriva a supporto@buonepratiche.example.it.
</td></tr>
</table>
</td></tr>
</table>
</body></html>`;
  const headers = {
    'List-Unsubscribe': `<${unsubscribe}>, <mailto:disiscrizione+${token}@buonepratiche.example.it>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'Reply-To': `risposta+${token}@buonepratiche.example.it`,
    References: `<${thread}@buonepratiche.example.it> <post-${i}@buonepratiche.example.it>`,
    'In-Reply-To': `<post-${i}@buonepratiche.example.it>`,
  };
  return { to: recipientOf(burst, i), subject, text, html, headers };
}
