// A real OpenID provider (oidc-provider) for the sign-in tests, in its own process so that its
// clock can be moved (expired ID tokens) without touching the API's. Started by the tests with
// PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI; prints "ready" once listening.
// POST /__control {"account": {sub, ...claims}} names who signs in next (logins and consents are
// automatic); {"clockOffsetSeconds": n} moves the provider's clock.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;

const realNow = Date.now;
let clockOffsetSeconds = 0;
Date.now = () => realNow() + clockOffsetSeconds * 1000;

const accounts = new Map();
let nextAccount = null;

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uris: [process.env.REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'prova', use: 'sig', alg: 'RS256' }] },
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name', 'fiscal_number'],
    email: ['email', 'email_verified'],
  },
  async findAccount(_ctx, sub) {
    const claims = accounts.get(sub);
    return claims ? { accountId: sub, claims: async () => ({ ...claims, sub }) } : undefined;
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['chiave-dei-cookie-del-provider-di-prova'] },
  ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 120, Interaction: 600, Session: 600, Grant: 600 },
});

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    if (!nextAccount) throw new Error('no account set with /__control');
    accounts.set(nextAccount.sub, nextAccount);
    await provider.interactionFinished(req, res, { login: { accountId: nextAccount.sub } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
http
  .createServer((req, res) => {
    const path = new URL(req.url, issuer).pathname;
    if (path === '/__control' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const control = JSON.parse(body);
        if (control.account) nextAccount = control.account;
        if (control.clockOffsetSeconds !== undefined) clockOffsetSeconds = control.clockOffsetSeconds;
        res.end('ok');
      });
      return;
    }
    if (path.startsWith('/interaction/')) {
      interaction(req, res).catch((err) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    callback(req, res);
  })
  .listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
