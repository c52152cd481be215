// A small LTI 1.3 platform for Quizmark's tests: an OpenID provider (oidc-provider) that signs the launch's
// id_token and issues client-credentials tokens, plus the platform's own pages and services (express): a course
// page that frames the tool, the Assignment and Grade Services scores endpoint, and a control API for the test.
//
//   node platform.mjs config.json
//
// config.json: { "port": 0, "cert": "cert.pem", "key": "key.pem", "tools": [ { "clientId", "deploymentId",
//   "loginUrl", "launchUrl", "jwksUrl", "quiz" } ] }. Prints one line "PLATFORM <issuer>" once it listens.
// The test then adds launches (POST /control/launches {clientId, user, course, link, target: iframe|window}),
// signs the student in (GET /signin?user=…&then=/course/<course>?launch=<hint>), and reads /control/scores.
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import express from 'express';
import Provider from 'oidc-provider';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const tls = { cert: fs.readFileSync(config.cert), key: fs.readFileSync(config.key) };

const AGS_SCORE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
const AGS_LINEITEM = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem';
const AGS_RESULT = 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly';
const NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const LTI_CLAIMS = ['message_type', 'version', 'deployment_id', 'target_link_uri', 'resource_link', 'roles', 'context',
  'custom', 'launch_presentation'].map((c) => LTI + c).concat(['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint']);
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';

// What the test sets: the platform's AGS answers with this status while it is "down".
const state = { scoreStatus: 200, scores: [], launches: [] };

const server = https.createServer(tls);
await new Promise((resolve) => server.listen(config.port || 0, '127.0.0.1', resolve));
const issuer = `https://127.0.0.1:${server.address().port}`;
const tools = new Map(config.tools.map((t) => [t.clientId, t]));

// The launches the platform offers: one per (tool, user, course); the id is the lti_message_hint.
function launchFor(hint) {
  return state.launches.find((l) => l.hint === hint);
}

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  jwks: { keys: [signingKey] },
  clients: [
    // The platform's own sign-in (first-party): gives the browser a platform session, as signing in to an LMS does.
    { client_id: 'portal', redirect_uris: [`${issuer}/portal/signed-in`], response_types: ['id_token'],
      grant_types: ['implicit'], token_endpoint_auth_method: 'none' },
    ...config.tools.map((t) => ({
      client_id: t.clientId,
      redirect_uris: [t.launchUrl],
      response_types: ['id_token'],
      grant_types: ['implicit', 'client_credentials'],
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'RS256',
      id_token_signed_response_alg: 'RS256',
      jwks_uri: t.jwksUrl,
      scope: ['openid', AGS_SCORE, AGS_LINEITEM, AGS_RESULT, NRPS].join(' '),
    })),
  ],
  responseTypes: ['id_token'],
  scopes: ['openid', AGS_SCORE, AGS_LINEITEM, AGS_RESULT, NRPS],
  claims: { openid: ['sub', 'name', 'given_name', 'family_name', 'email', ...LTI_CLAIMS] },
  extraParams: ['lti_message_hint'],
  features: { clientCredentials: { enabled: true }, devInteractions: { enabled: false } },
  clockTolerance: 5,
  // LTI tools are preauthorised by the administrator who registered them: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid');
    grant.addOIDCClaims(['sub', 'name', 'given_name', 'family_name', 'email', ...LTI_CLAIMS]);
    await grant.save();
    return grant;
  },
  // The id_token of a tool launch carries the LTI claims of the launch named by lti_message_hint.
  async findAccount(ctx, sub) {
    const hint = ctx.oidc.params?.lti_message_hint;
    const clientId = ctx.oidc.client?.clientId;
    return {
      accountId: sub,
      async claims() {
        const base = { sub, name: `Student ${sub}`, given_name: 'Student', family_name: sub, email: `${sub}@platform.test` };
        const launch = hint && launchFor(hint);
        if (!launch || launch.clientId !== clientId || launch.user !== sub) {
          return base;
        }
        const tool = tools.get(clientId);
        return {
          ...base,
          [`${LTI}message_type`]: 'LtiResourceLinkRequest',
          [`${LTI}version`]: '1.3.0',
          [`${LTI}deployment_id`]: tool.deploymentId,
          [`${LTI}target_link_uri`]: tool.launchUrl,
          [`${LTI}resource_link`]: { id: launch.link, title: 'Quiz' },
          [`${LTI}roles`]: [LEARNER],
          [`${LTI}context`]: { id: launch.course, label: launch.course, title: `Course ${launch.course}`,
            type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'] },
          [`${LTI}custom`]: tool.quiz ? { quizmark_quiz: tool.quiz } : {},
          [`${LTI}launch_presentation`]: { document_target: launch.target === 'window' ? 'window' : 'iframe',
            return_url: `${issuer}/course/${launch.course}` },
          'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
            scope: [AGS_SCORE, AGS_LINEITEM, AGS_RESULT],
            lineitems: `${issuer}/ags/${launch.course}/lineitems`,
            lineitem: `${issuer}/ags/${launch.course}/lineitems/${launch.link}/lineitem?type_id=3`,
          },
        };
      },
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: {
    keys: [crypto.randomBytes(32).toString('hex')],
    // The provider's cookies are read in the course page's own frames (same site as the top page).
    long: { sameSite: 'none' },
    short: { sameSite: 'none' },
  },
  ttl: { ClientCredentials: 600, IdToken: 300, Interaction: 600, Session: 3600, Grant: 3600 },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = `<!doctype html><title>error</title><pre id="error">${JSON.stringify(out)}</pre>`;
  },
});
provider.proxy = false;

// The tools run on loopback http in the tests; oidc-provider's web-client checks want https and no "localhost".
const { invalidate } = provider.Client.Schema.prototype;
provider.Client.Schema.prototype.invalidate = function allowLoopbackTools(message, code) {
  if (code === 'implicit-force-https' || code === 'implicit-forbid-localhost') {
    return;
  }
  invalidate.call(this, message, code);
};

const app = express();
app.use('/control', express.json());

// The test's view of the platform.
app.post('/control/launches', (req, res) => {
  const launch = { hint: crypto.randomUUID(), ...req.body };
  state.launches.push(launch);
  res.json(launch);
});
app.post('/control/score-status', (req, res) => {
  state.scoreStatus = req.body.status;
  res.json({ scoreStatus: state.scoreStatus });
});
app.get('/control/scores', (req, res) => res.json(state.scores));

// Signing in to the platform: an OIDC implicit login of the platform's own portal client for the named user.
app.get('/signin', (req, res) => {
  const q = new URLSearchParams({ client_id: 'portal', response_type: 'id_token', scope: 'openid',
    redirect_uri: `${issuer}/portal/signed-in`, response_mode: 'form_post', nonce: crypto.randomUUID(),
    login_hint: req.query.user, state: req.query.then || '/' });
  res.redirect(`/auth?${q}`);
});
app.post('/portal/signed-in', express.urlencoded({ extended: false }), (req, res) => {
  res.redirect(303, req.body.state && req.body.state.startsWith('/') ? req.body.state : '/');
});
app.get('/interaction/:uid', async (req, res, next) => {
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== 'login' || details.params.client_id !== 'portal' || !details.params.login_hint) {
      res.status(400).send(`interaction ${details.prompt.name} not offered`);
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: details.params.login_hint } },
      { mergeWithLastSubmission: false });
  } catch (err) {
    next(err);
  }
});

// The course page: the tool's login URL in an iframe, as an LMS embeds an LTI link.
app.get('/course/:course', (req, res) => {
  const launch = launchFor(req.query.launch);
  if (!launch) {
    res.status(404).send('no such launch');
    return;
  }
  const tool = tools.get(launch.clientId);
  const login = new URL(tool.loginUrl);
  login.search = new URLSearchParams({ iss: issuer, login_hint: launch.user, target_link_uri: tool.launchUrl,
    lti_message_hint: launch.hint, client_id: tool.clientId, lti_deployment_id: tool.deploymentId }).toString();
  const href = login.href.replace(/"/g, '&quot;');
  // An LMS embeds a link in the course page (Moodle's "Embed", Canvas) or opens it in a window ("Existing window").
  const embed = launch.target === 'window'
    ? `<a id="open-tool" href="${href}">Open the tool</a>`
    : `<iframe name="tool" id="tool" title="Quiz" src="${href}" width="1200" height="900" allow="fullscreen"></iframe>`;
  res.type('html').send(`<!doctype html><html lang="en"><head><title>Course ${launch.course}</title></head>
<body><h1>Course ${launch.course}</h1>
${embed}
</body></html>`);
});

// Assignment and Grade Services: the line item's scores endpoint, behind a client-credentials token.
app.post('/ags/:course/lineitems/:link/lineitem/scores', express.json({ type: 'application/vnd.ims.lis.v1.score+json' }),
  async (req, res) => {
    const bearer = (req.get('authorization') || '').replace(/^Bearer /, '');
    const token = bearer && await provider.ClientCredentials.find(bearer);
    if (!token || !token.scope.split(' ').includes(AGS_SCORE)) {
      res.status(401).json({ error: 'invalid_token' });
      return;
    }
    if (req.get('content-type') !== 'application/vnd.ims.lis.v1.score+json') {
      res.status(415).json({ error: 'score media type expected' });
      return;
    }
    if (state.scoreStatus !== 200) {
      res.status(state.scoreStatus).json({ error: 'platform unavailable' });
      return;
    }
    state.scores.push({ clientId: token.clientId, course: req.params.course, link: req.params.link,
      query: req.query, body: req.body });
    res.status(200).json({});
  });

app.use(provider.callback());
server.on('request', app);
console.log(`PLATFORM ${issuer}`);
