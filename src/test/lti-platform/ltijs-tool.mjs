// Checks the test platform itself: ltijs, an LTI Advantage Complete certified tool library, on its own
// PostgreSQL database (ltijs-sequelize) and on loopback HTTPS. When the platform launches it, it posts a score to
// the launch's line item and shows what the platform answered; the Java test reads the score at the platform.
//
//   node ltijs-tool.mjs config.json
//
// config.json: { "port", "cert", "key", "issuer", "clientId", "deploymentId",
//   "database": { "name", "user", "password", "host", "port" } }. Prints "LTIJS <url>" once it listens.
import fs from 'node:fs';
import ltijs from 'ltijs';
import Database from 'ltijs-sequelize';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const lti = ltijs.Provider;

const db = new Database(config.database.name, config.database.user, config.database.password, {
  host: config.database.host, port: config.database.port, dialect: 'postgres', logging: false,
  pool: { max: 2, min: 0 },
});

lti.setup(config.encryptionKey, { plugin: db }, {
  appRoute: '/', loginRoute: '/login', keysetRoute: '/keys',
  https: true, ssl: { key: fs.readFileSync(config.key, 'utf8'), cert: fs.readFileSync(config.cert, 'utf8') },
  // In the platform's cross-site iframe, over HTTPS: the cookies a real deployment uses.
  cookies: { secure: true, sameSite: 'None' },
  devMode: false,
});

lti.onConnect(async (token, req, res) => {
  const lineItem = token.platformContext.endpoint && token.platformContext.endpoint.lineitem;
  const score = { userId: token.user, scoreGiven: 7, scoreMaximum: 10, activityProgress: 'Completed',
    gradingProgress: 'FullyGraded' };
  try {
    const answer = await lti.Grade.submitScore(res.locals.token, lineItem, score);
    return res.send(`<!doctype html><title>ltijs</title><p id="ltijs-graded">${token.user} graded: ${JSON.stringify(answer)}</p>`);
  } catch (err) {
    return res.status(500).send(`<!doctype html><title>ltijs</title><p id="ltijs-failed">${String(err && err.message)}</p>`);
  }
});

await lti.deploy({ port: config.port, silent: true });
await lti.registerPlatform({
  url: config.issuer,
  name: 'Quizmark test platform',
  clientId: config.clientId,
  authenticationEndpoint: `${config.issuer}/auth`,
  accesstokenEndpoint: `${config.issuer}/token`,
  authConfig: { method: 'JWK_SET', key: `${config.issuer}/jwks` },
});
console.log(`LTIJS https://localhost:${config.port}`);

process.on('SIGTERM', async () => {
  await lti.close({ silent: true }).catch(() => {});
  process.exit(0);
});
