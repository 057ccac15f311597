import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import restify from 'restify';

/**
 * The bench's floor for a bot turn: a bare botbuilder echo bot (CloudAdapter + restify, nothing
 * else). A message is echoed; an `adaptiveCard/action` invoke is answered with its verb as text.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

async function turn(context: TurnContext): Promise<void> {
  const activity = context.activity;
  if (activity.type === ActivityTypes.Message) {
    await context.sendActivity(`Ekko: ${activity.text ?? ''}`);
    return;
  }
  if (activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
    const verb = (activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '';
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `Ekko: ${verb}` } },
    });
  }
}

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, turn);
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});

const port = Number(process.env.PORT ?? 3979);
server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
