import assert from 'node:assert/strict';
import { CurrentUser } from '../../../tab/src/platform/current-user.js';
import { ApiError } from '../../../tab/src/platform/api-error.js';

function fakeApi(...replies: (unknown | Error)[]): { api: { get: (path: string) => Promise<unknown> }; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    api: {
      get: async (path: string) => {
        calls.push(path);
        const reply = replies.shift();
        if (reply instanceof Error) throw reply;
        return reply;
      },
    },
  };
}

const me = (name: string) => ({ user: { id: name, displayName: name, tenantId: 't' }, roles: [] });

describe('CurrentUser', () => {
  it('should read /api/me once while the token stays the same', async () => {
    const { api, calls } = fakeApi(me('Kari'));
    const user = new CurrentUser({ api, getToken: async () => 'tok' });
    assert.equal((await user.me()).user.displayName, 'Kari');
    assert.equal((await user.me()).user.displayName, 'Kari');
    assert.deepEqual(calls, ['/api/me']);
  });

  it('should read /api/me again when the token changes', async () => {
    const { api } = fakeApi(me('Kari'), me('Per'));
    let token = 'a';
    const user = new CurrentUser({ api, getToken: async () => token });
    await user.me();
    token = 'b';
    assert.equal((await user.me()).user.displayName, 'Per');
  });

  it('should not keep a failure when the read failed', async () => {
    const { api } = fakeApi(new ApiError(0, 'network', 'nei'), me('Kari'));
    const user = new CurrentUser({ api, getToken: async () => 'tok' });
    await assert.rejects(user.me(), { code: 'network' });
    assert.equal((await user.me()).user.displayName, 'Kari');
  });

  it('should throw invalid-response when the body is not a user with roles', async () => {
    const { api } = fakeApi({ user: {} });
    await assert.rejects(new CurrentUser({ api, getToken: async () => 'tok' }).me(), { code: 'invalid-response' });
  });
});
