import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../bot/src/app/config.js';
import { ADMIN_ID, BARNEHAGE_MEMBER_ID, createBotHarness, TEST_CHANNEL_ID, type BotHarness } from '../../../support/bot/bot-harness.js';

const cardOf = (activity: Partial<Activity>): Record<string, unknown> => activity.attachments?.[0]?.content as Record<string, unknown>;
const cardText = (activity: Partial<Activity>): string => JSON.stringify(cardOf(activity));
const invoke = (verb: string, data: unknown): Partial<Activity> => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data } },
});
const invokeBody = (activity: Partial<Activity>): { statusCode: number; type: string; value: unknown } =>
  (activity.value as { body: { statusCode: number; type: string; value: unknown } }).body;

describe('IntroteamBot', () => {
  let harness: BotHarness;
  before(async () => {
    harness = await createBotHarness();
  });
  after(async () => harness.dispose());
  afterEach(() => sinon.restore());

  it('should answer hjelp in the personal chat with the help card', async () => {
    await harness
      .adapter({ scope: 'personal', userId: ADMIN_ID })
      .send('hjelp')
      .assertReply((reply) => {
        assert.match(cardText(reply), /Introteam – hjelp/);
        assert.match(cardText(reply), /koble kanal/);
      });
  });

  it('should store the conversation and post a welcome card when installed in a channel', async () => {
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID })
      .send({ type: 'installationUpdate', action: 'add' })
      .assertReply((reply) => assert.match(cardText(reply), /koble kanal/));
    const stored = await harness.repositories.conversations.get(DEMO_TENANT_ID, TEST_CHANNEL_ID);
    assert.equal(stored?.scope, 'channel');
    assert.equal(stored?.channelName, 'Barnehage');
    assert.equal((stored?.reference.conversation as { id: string }).id, TEST_CHANNEL_ID);
  });

  it('should welcome and store the personal chat when the bot is added there', async () => {
    await harness
      .adapter({ scope: 'personal', userId: BARNEHAGE_MEMBER_ID })
      .send({ type: 'conversationUpdate', membersAdded: [{ id: '28:introteam-bot', name: 'Introteam' }] })
      .assertReply((reply) => assert.match(cardText(reply), /Velkommen til Introteam/));
    const stored = await harness.repositories.conversations.get(DEMO_TENANT_ID, `a:personal-${BARNEHAGE_MEMBER_ID}`);
    assert.equal(stored?.scope, 'personal');
  });

  it('should post one welcome card when both install events arrive for the same conversation', async () => {
    const userId = '00000000-0000-4000-8000-0000000000c1';
    await harness
      .adapter({ scope: 'personal', userId })
      .send({ type: 'installationUpdate', action: 'add' })
      .assertReply((reply) => assert.match(cardText(reply), /Velkommen til Introteam/))
      .send({ type: 'conversationUpdate', membersAdded: [{ id: '28:introteam-bot', name: 'Introteam' }] })
      .assertNoReply('no second welcome', 50)
      .send({ type: 'installationUpdate', action: 'add' })
      .assertNoReply('no second welcome', 50);
    assert.ok(await harness.repositories.conversations.get(DEMO_TENANT_ID, `a:personal-${userId}`));
  });

  it('should tell a channel already bound to a unit which unit instead of how to bind it', async () => {
    const channelId = '19:allerede-koblet@thread.tacv2';
    await harness.repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId: 'grunnskole',
      conversationId: channelId,
      boundBy: ADMIN_ID,
      boundAt: '2026-11-24T08:00:00.000Z',
    });
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID, channelId })
      .send({ type: 'installationUpdate', action: 'add' })
      .assertReply((reply) => {
        assert.match(cardText(reply), /Kanalen er koblet til Grunnskole\./);
        assert.doesNotMatch(cardText(reply), /koble kanal\*\*/);
      });
  });

  it('should refuse koble kanal outside a channel with a Norwegian explanation', async () => {
    await harness
      .adapter({ scope: 'personal', userId: ADMIN_ID })
      .send('koble kanal')
      .assertReply((reply) => assert.match(reply.text ?? '', /bare kobles til en enhet fra selve kanalen/));
  });

  it('should show the admin a card with the units when koble kanal is written in a channel', async () => {
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID })
      .send({ type: 'message', text: '<at>Introteam</at> koble kanal', entities: [] })
      .assertReply((reply) => {
        const text = cardText(reply);
        assert.match(text, /Input.ChoiceSet/);
        assert.match(text, /Voksenopplæring og integrering/);
        assert.match(text, /bindChannel/);
      });
  });

  it('should bind the channel, audit it and update the card in place when an admin submits', async () => {
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID })
      .send(invoke('bindChannel', { unitId: 'barnehage' }))
      .assertReply((reply) => {
        const body = invokeBody(reply);
        assert.equal(body.statusCode, 200);
        assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
        assert.match(JSON.stringify(body.value), /Kanalen er koblet til \*\*Barnehage\*\*/);
      });
    const binding = await harness.repositories.bindings.get(DEMO_TENANT_ID, 'barnehage');
    assert.equal(binding?.value.conversationId, TEST_CHANNEL_ID);
    assert.equal(binding?.value.boundBy, ADMIN_ID);
    const audit = await harness.repositories.audit.list(DEMO_TENANT_ID);
    assert.ok(audit.some((e) => e.action === 'channel.bind' && e.resource === 'unit:barnehage' && e.actorId === ADMIN_ID));
  });

  it('should show the current binding to a non-admin viewer without the unit picker (card refresh)', async () => {
    await harness
      .adapter({ scope: 'channel', userId: BARNEHAGE_MEMBER_ID })
      .send(invoke('showChannelBinding', {}))
      .assertReply((reply) => {
        const body = invokeBody(reply);
        assert.equal(body.statusCode, 200);
        const text = JSON.stringify(body.value);
        assert.match(text, /Kanalen er koblet til \*\*Barnehage\*\*/);
        assert.doesNotMatch(text, /Input.ChoiceSet/);
        assert.match(text, /Bare en administrator kan endre koblingen/);
      });
  });

  const refused: ReadonlyArray<
    [string, { userId: string; tenantId?: string; verb: string; data: unknown; status: number; message: RegExp }]
  > = [
    [
      'a member without the admin role',
      { userId: BARNEHAGE_MEMBER_ID, verb: 'bindChannel', data: { unitId: 'nav' }, status: 403, message: /Bare en administrator/ },
    ],
    [
      'an unknown unit',
      { userId: ADMIN_ID, verb: 'bindChannel', data: { unitId: 'tannhelse' }, status: 400, message: /Enheten finnes ikke/ },
    ],
    ['a wrong-typed unit id', { userId: ADMIN_ID, verb: 'bindChannel', data: { unitId: 42 }, status: 400, message: /ugyldige data/ }],
    ['a missing unit id', { userId: ADMIN_ID, verb: 'bindChannel', data: {}, status: 400, message: /ugyldige data/ }],
    [
      'an unknown verb',
      { userId: ADMIN_ID, verb: 'deleteEverything', data: { unitId: 'nav' }, status: 400, message: /ukjent eller utdatert/ },
    ],
    [
      'another tenant',
      {
        userId: ADMIN_ID,
        tenantId: 'ffffffff-0000-4000-8000-000000000000',
        verb: 'bindChannel',
        data: { unitId: 'nav' },
        status: 403,
        message: /ikke satt opp/,
      },
    ],
  ];
  for (const [name, c] of refused) {
    it(`should refuse binding and change nothing for ${name}`, async () => {
      await harness
        .adapter({ scope: 'channel', userId: c.userId, tenantId: c.tenantId })
        .send(invoke(c.verb, c.data))
        .assertReply((reply) => {
          const body = invokeBody(reply);
          assert.equal(body.statusCode, c.status);
          assert.match((body.value as { message: string }).message, c.message);
        });
      assert.equal(await harness.repositories.bindings.get(DEMO_TENANT_ID, 'nav'), undefined);
      assert.equal(await harness.repositories.bindings.get(DEMO_TENANT_ID, 'tannhelse'), undefined);
    });
  }

  it('should refuse binding in Norwegian with 503 and keep the channel unbound when the audit write fails', async () => {
    sinon.stub(harness.repositories.audit, 'append').rejects(new Error('audit down'));
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID })
      .send(invoke('bindChannel', { unitId: 'nav' }))
      .assertReply((reply) => {
        const body = invokeBody(reply);
        assert.equal(body.statusCode, 503);
        assert.match((body.value as { message: string }).message, /kunne ikke logges, så ingenting er endret/);
      });
    assert.equal(await harness.repositories.bindings.get(DEMO_TENANT_ID, 'nav'), undefined);
  });

  it('should tell the user briefly in Norwegian and log the cause without the message text when a turn fails', async () => {
    sinon.stub(harness.repositories.tenants, 'get').rejects(new Error('Cosmos nede'));
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID })
      .send('koble kanal Ola Nordmann')
      .assertReply((reply) => assert.match(reply.text ?? '', /Jeg forstod ikke/));
    await harness
      .adapter({ scope: 'channel', userId: ADMIN_ID })
      .send('koble kanal')
      .assertReply((reply) => assert.match(reply.text ?? '', /Beklager, noe gikk galt/));
    const failure = harness.logger.lines.find((line) => line.includes('bot turn failed'));
    assert.ok(failure, 'the failure is logged');
    assert.ok(!harness.logger.lines.some((line) => line.includes('Ola Nordmann')));
  });
});
