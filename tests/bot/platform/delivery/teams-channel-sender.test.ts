import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DeliveryError } from '../../../../bot/src/platform/delivery/delivery-error.js';
import { TeamsChannelSender } from '../../../../bot/src/platform/delivery/teams-channel-sender.js';
import { startFakeConnector, type FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { RecordingLogger } from '../../../support/recording-logger.js';
import { channelConversation, localAdapter } from './delivery-harness.js';

const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Ny bosetting' }] };

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DeliveryError, `expected a DeliveryError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('TeamsChannelSender (CloudAdapter against a fake connector)', () => {
  let connector: FakeConnector;
  let turnLogger: RecordingLogger;
  let sender: TeamsChannelSender;
  const conversationId = '19:barnehage@thread.tacv2';
  const conversation = () => channelConversation(connector, randomUUID(), conversationId);

  before(async () => {
    connector = await startFakeConnector();
  });
  after(async () => {
    await connector.close();
  });
  beforeEach(() => {
    connector.reset();
    turnLogger = new RecordingLogger();
    sender = new TeamsChannelSender({ adapter: localAdapter(turnLogger), appId: '', requestTimeoutMs: 500 });
  });

  it('should post a card as a new top-level message with the summary when sending', async () => {
    const sent = await sender.send(conversation(), { kind: 'card', card: CARD, summary: 'Ny bosetting: 2 voksne, 1 barn' });
    assert.equal(connector.requests.length, 1);
    const [request] = connector.requests;
    assert.deepEqual([request!.method, request!.conversationId, request!.activityId], ['POST', conversationId, undefined]);
    assert.equal(sent.activityId, request!.responseId);
    const activity = request!.activity as { attachments?: { contentType: string; content: unknown }[]; summary?: string; text?: string };
    assert.deepEqual(activity.attachments, [{ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD }]);
    assert.equal(activity.summary, 'Ny bosetting: 2 voksne, 1 barn');
    assert.equal(activity.text, undefined);
  });

  it('should replace the given activity when updating', async () => {
    const sent = await sender.update(conversation(), 'activity-7', { kind: 'text', text: 'oppdatert' });
    assert.equal(sent.activityId, 'activity-7');
    const [request] = connector.requests;
    assert.deepEqual([request!.method, request!.activityId, request!.activity['text']], ['PUT', 'activity-7', 'oppdatert']);
  });

  it('should make exactly one request per call when the connector answers 500 (SDK retries are off)', async () => {
    connector.script([{ status: 500 }, { status: 200 }]);
    const error = await rejection(sender.send(conversation(), { kind: 'text', text: 'hei' }));
    assert.deepEqual([error.status, error.retryable, error.reason], [500, true, 'http-500']);
    assert.equal(connector.requests.length, 1);
    assert.equal(turnLogger.lines.length, 0, 'the failure must not reach the adapter’s onTurnError');
  });

  it('should surface Retry-After without waiting when the connector answers 429', async () => {
    connector.script([{ status: 429, headers: { 'Retry-After': '30' } }]);
    const started = Date.now();
    const error = await rejection(sender.send(conversation(), { kind: 'text', text: 'hei' }));
    assert.deepEqual([error.status, error.retryable, error.retryAfterMs], [429, true, 30_000]);
    assert.ok(Date.now() - started < 5_000, 'the SDK must not sleep on Retry-After itself');
    assert.equal(connector.requests.length, 1);
  });

  it('should read an HTTP-date Retry-After when a 503 carries one', async () => {
    const now = new Date();
    const withClock = new TeamsChannelSender({ adapter: localAdapter(), appId: '', now: () => now });
    connector.script([{ status: 503, headers: { 'Retry-After': new Date(now.getTime() + 60_000).toUTCString() } }]);
    const error = await rejection(withClock.send(conversation(), { kind: 'text', text: 'hei' }));
    assert.equal(error.status, 503);
    assert.ok(error.retryAfterMs! > 58_000 && error.retryAfterMs! <= 60_000);
  });

  it('should mark a 403 final when the bot may not post there', async () => {
    connector.script([{ status: 403 }]);
    const error = await rejection(sender.send(conversation(), { kind: 'text', text: 'hei' }));
    assert.deepEqual([error.status, error.retryable], [403, false]);
  });

  it('should mark an unreachable connector retryable with the network code, once', async () => {
    const unreachable = { ...conversation(), serviceUrl: 'http://127.0.0.1:1/' };
    const error = await rejection(sender.send(unreachable, { kind: 'text', text: 'hei' }));
    assert.deepEqual([error.status, error.retryable, error.reason], [undefined, true, 'ECONNREFUSED']);
  });

  it('should give up on a request that outlives its timeout and call it retryable', async () => {
    connector.script([{ status: 200, delayMs: 1_500 }]);
    const error = await rejection(sender.send(conversation(), { kind: 'text', text: 'hei' }));
    assert.deepEqual([error.status, error.retryable], [undefined, true]);
    assert.equal(connector.requests.length, 1);
  });

  it('should refuse a reference without a channel or bot when the stored one is broken', async () => {
    const broken = { ...conversation(), reference: { conversation: { id: conversationId } } };
    const error = await rejection(sender.send(broken, { kind: 'text', text: 'hei' }));
    assert.deepEqual([error.retryable, error.reason], [false, 'invalid-reference']);
    assert.equal(connector.requests.length, 0);
  });
});
