/**
 * The Handlebars layout of every e-mail (values come escaped, hence the triple braces): tables for Outlook, one column up to 600 px that shrinks
 * on a phone, the colours of the Designers Italia kit. Its CSS is inlined by juice at render time.
 */
export const LAYOUT = `<!doctype html>
<html lang="it" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>{{{subject}}}</title>
<style>
  body { margin: 0; padding: 0; background-color: #f2f4f6; }
  .wrapper { width: 100%; background-color: #f2f4f6; }
  .container { width: 100%; max-width: 600px; background-color: #ffffff; }
  .header { background-color: #0066cc; color: #ffffff; padding: 16px 24px; font-family: 'Titillium Web', Geneva, Tahoma, sans-serif; font-size: 18px; font-weight: bold; }
  .content { padding: 24px; font-family: 'Titillium Web', Geneva, Tahoma, sans-serif; font-size: 16px; line-height: 24px; color: #1a1a1a; }
  p { margin: 0 0 16px 0; }
  a { color: #0066cc; }
  .item { padding: 12px 0; border-top: 1px solid #d9dadb; }
  .item-title { font-weight: bold; margin: 0 0 4px 0; }
  .item-text { margin: 0 0 4px 0; color: #33485c; }
  .item-link { margin: 0; font-size: 14px; }
  .section { font-size: 17px; font-weight: bold; margin: 24px 0 8px 0; color: #17324d; }
  .button { background-color: #0066cc; border-radius: 4px; }
  .button a { display: inline-block; padding: 12px 20px; color: #ffffff; text-decoration: none; font-weight: bold; font-family: 'Titillium Web', Geneva, Tahoma, sans-serif; }
  .footer { padding: 16px 24px; font-family: Geneva, Tahoma, sans-serif; font-size: 13px; line-height: 20px; color: #5c6f82; }
  .footer p { margin: 0 0 8px 0; }
  .footer a { color: #5c6f82; }
  @media only screen and (max-width: 620px) {
    .content { padding: 16px !important; }
    .header { padding: 12px 16px !important; }
  }
</style>
</head>
<body>
{{#if preheader}}<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{{{preheader}}}</div>{{/if}}
<table role="presentation" class="wrapper" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center" style="padding: 16px 8px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="container" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="header">Buone pratiche</td></tr>
<tr><td class="content">
{{#each paragraphs}}<p>{{{this}}}</p>
{{/each}}
{{#each sections}}
{{#if title}}<p class="section">{{{title}}}</p>{{/if}}
{{#each items}}
<div class="item">
<p class="item-title">{{{title}}}</p>
{{#if text}}<p class="item-text">{{{text}}}</p>{{/if}}
{{#if url}}<p class="item-link"><a href="{{{url}}}">{{#if linkLabel}}{{{linkLabel}}}{{else}}Apri{{/if}}</a></p>{{/if}}
</div>
{{/each}}
{{/each}}
{{#if action}}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin: 8px 0 16px 0;"><tr><td class="button"><a href="{{{action.url}}}">{{{action.label}}}</a></td></tr></table>
{{/if}}
{{#each closing}}<p>{{{this}}}</p>
{{/each}}
</td></tr>
{{#if footer}}
<tr><td class="footer">
{{#each footer}}<p>{{{this}}}</p>
{{/each}}
</td></tr>
{{/if}}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;
