import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { addDays, osloToday } from '../../../../bot/src/kernel/dates/iso-date.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';
import { DEMO } from '../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../support/settlements/test-household.js';

/** One bad request: who sends it, where, what, and the Norwegian field name the answer must contain. */
interface BadRequest {
  readonly what: string;
  readonly userId: string | undefined;
  readonly method: 'POST' | 'PUT' | 'GET';
  readonly path: string;
  /** Sent as JSON; a string is sent as it is (raw JSON). */
  readonly body?: unknown;
  readonly names: string;
}

/** Text that looks like a regex or a pattern, as zod's default "må matche mønsteret /^[a-z0-9-]{1,40}$/" does. */
const REGEX_LIKE = /\/\^|\$\/|\[a-z|mønster/;

/** English, or the type names zod's Norwegian locale leaves in English ("forventet string, fikk number"). */
const ENGLISH =
  /\b(invalid|expected|received|required|must|string|number|object|array|boolean|record|input|undefined|null|value|too (big|small))\b/i;

const SETTLEMENT = randomUUID();
const TASK_PATH = `/api/settlements/${SETTLEMENT}/units/barnehage/tasks/barnehageplass`;
const task = { id: 'plass-avklart', title: 'Plass avklart', description: '', ownerRole: 'Styrer', dueOffsetDays: 3 };

function registrationWithName(fullName: string) {
  const registration = testRegistration(addDays(osloToday(), 14));
  return { ...registration, members: registration.members.map((m, i) => (i === 0 ? { ...m, fullName } : m)) };
}

/** A maker of bad requests from one user to one method and path. */
const to =
  (userId: string | undefined, method: BadRequest['method'], path: string) =>
  (what: string, body: unknown, names: string): BadRequest => ({ what, userId, method, path, body, names });

const devToken = to(undefined, 'POST', '/api/dev/token');
const register = to(DEMO.coordinator, 'POST', '/api/settlements');
const edit = to(DEMO.coordinator, 'PUT', `/api/settlements/${SETTLEMENT}`);
const cancel = to(DEMO.coordinator, 'POST', `/api/settlements/${SETTLEMENT}/cancel`);
const taskAction = (path = TASK_PATH) => to(DEMO.barnehage, 'POST', path);
const rules = to(DEMO.admin, 'PUT', '/api/affected-unit-rules');
const routine = to(DEMO.admin, 'PUT', '/api/routine-templates/barnehage');
const privacy = to(DEMO.admin, 'PUT', '/api/admin/privacy');

/** Bad input for every route that takes a body (keyed as the OpenAPI document names them), plus the secure zone's query. */
const BAD_REQUESTS: Readonly<Record<string, readonly BadRequest[]>> = {
  'POST /api/dev/token': [
    devToken('a number as user id', { userId: 42 }, 'Bruker-id-en'),
    devToken('no user id', {}, 'Bruker-id-en'),
    devToken('a list as body', '[1]', 'Forespørselen'),
    devToken('a user id with a bidi isolate', { userId: 'a\u2066b' }, 'Bruker-id-en'),
  ],
  'POST /api/settlements': [
    register('a list as registration', '[]', 'Registreringen'),
    register('a name with U+202E', registrationWithName('Amina\u202EHaddad'), 'Navnet'),
    register('a 558-character name', registrationWithName('x'.repeat(558)), 'Navnet'),
  ],
  'PUT /api/settlements/{settlementId}': [
    edit('a version as text', { expectedVersion: 'siste', registration: {} }, 'Versjonsnummeret'),
    edit('version 0', { expectedVersion: 0, registration: {} }, 'Versjonsnummeret'),
    edit('a registration as text', { expectedVersion: 1, registration: 'ny' }, 'Registreringen'),
  ],
  'POST /api/settlements/{settlementId}/cancel': [cancel('no version', {}, 'Versjonsnummeret')],
  'POST /api/settlements/{settlementId}/units/{unitId}/tasks/{taskId}': [
    taskAction()('an unknown action', { action: 'fly' }, 'Handlingen'),
    taskAction()('a comment with NUL', { action: 'comment', text: 'Hei\u0000' }, 'Kommentaren'),
    taskAction()('a 1001-character comment', { action: 'comment', text: 'x'.repeat(1001) }, 'Kommentaren'),
    taskAction(`/api/settlements/${SETTLEMENT}/units/BARNEHAGE/tasks/barnehageplass`)(
      'an upper-case unit id',
      { action: 'take' },
      'Enhets-id-en',
    ),
    taskAction(`/api/settlements/${SETTLEMENT}/units/barnehage/tasks/barnehage_plass`)(
      'a task id with an underscore',
      { action: 'take' },
      'Oppgave-id-en',
    ),
    taskAction('/api/settlements/finnes-ikke/units/barnehage/tasks/barnehageplass')(
      'a settlement id that is no UUID',
      { action: 'take' },
      'Bosettings-id-en',
    ),
  ],
  'PUT /api/affected-unit-rules': [
    rules('rules as text', { rules: 'alle' }, 'Reglene'),
    rules('a rule as text', { rules: ['nav'] }, 'regel'),
    rules('101 rules', { rules: Array.from({ length: 101 }, () => ({ unitId: 'nav', appliesTo: 'everyone' })) }, 'regler'),
    rules('a unit id with a bidi override', { rules: [{ unitId: 'nav\u202E', appliesTo: 'everyone' }] }, 'Enhet'),
  ],
  'PUT /api/routine-templates/{unitId}': [
    routine('tasks as text', { tasks: 'x' }, 'Oppgavene'),
    routine('a title with a newline', { tasks: [{ ...task, title: 'Plass\navklart' }] }, 'Tittel'),
    routine('a description with ESC', { tasks: [{ ...task, description: 'Se \u001B[31m' }] }, 'Beskrivelse'),
    routine('a task id with a space', { tasks: [{ ...task, id: 'plass avklart' }] }, 'Oppgave-ID'),
  ],
  'PUT /api/admin/privacy': [
    privacy('a household size that is not offered', { minHouseholdForCounts: 2 }, 'Antall per behov'),
    privacy('the household size as text', { minHouseholdForCounts: '3' }, 'Antall per behov'),
    privacy('no setting', {}, 'Antall per behov'),
  ],
  'GET /api/settlements/{settlementId}/persons': [
    to(DEMO.barnehage, 'GET', `/api/settlements/${SETTLEMENT}/persons?unitId=Barnehage`)(
      'an upper-case unit id',
      undefined,
      'Enhets-id-en',
    ),
  ],
};

describe('route validation messages', () => {
  let harness: AppHarness;
  const tokens = new Map<string, string>();
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  async function send(request: BadRequest): Promise<{ status: number; body: { error: { code: string; message: string } } }> {
    const headers: Record<string, string> = request.body === undefined ? {} : { 'content-type': 'application/json' };
    // Registration needs an idempotency key; a fresh one each time, so only the body is judged.
    if (request.method === 'POST' && request.path === '/api/settlements') headers['idempotency-key'] = randomUUID();
    if (request.userId !== undefined) {
      if (!tokens.has(request.userId)) tokens.set(request.userId, await harness.devToken(request.userId));
      headers.authorization = `Bearer ${tokens.get(request.userId)}`;
    }
    const body = typeof request.body === 'string' ? request.body : request.body === undefined ? undefined : JSON.stringify(request.body);
    const response = await fetch(`${harness.baseUrl}${request.path}`, { method: request.method, headers, body });
    return { status: response.status, body: (await response.json()) as { error: { code: string; message: string } } };
  }

  it('should have bad input for every route when the OpenAPI document says it takes a body', async () => {
    const document = (await (await fetch(`${harness.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const withBody = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.requestBody !== undefined)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    assert.ok(withBody.length >= 7, `found ${withBody.length} routes with a body`);
    for (const route of withBody) assert.ok(BAD_REQUESTS[route]?.length, `no bad input for ${route}`);
  });

  for (const [route, requests] of Object.entries(BAD_REQUESTS)) {
    for (const request of requests) {
      it(`should answer 400 in plain Norwegian naming ${request.names}, without a regex, when ${route} gets ${request.what}`, async () => {
        const { status, body } = await send(request);
        assert.equal(status, 400, JSON.stringify(body));
        assert.equal(body.error.code, 'invalid-input');
        const message = body.error.message;
        assert.doesNotMatch(message, REGEX_LIKE);
        assert.doesNotMatch(message, ENGLISH);
        assert.ok(message.includes(request.names), `expected "${request.names}" in "${message}"`);
      });
    }
  }
});
