import assert from 'node:assert/strict';
import { hashNamesNoRoute, routeForSubPageId } from '../../../tab/src/platform/deep-link.js';

describe('deep-link', () => {
  describe('routeForSubPageId', () => {
    it('should open the secure zone when the sub-page names a settlement and a unit', () => {
      assert.equal(
        routeForSubPageId('bosetting:3d845089-d199-4cc0-a836-49fd1a5f4c99:barnehage'),
        '/bosettinger/3d845089-d199-4cc0-a836-49fd1a5f4c99/sikker-sone/barnehage',
      );
    });

    it('should open the settlement when the sub-page names only a settlement', () => {
      assert.equal(routeForSubPageId(' bosetting:s-1 '), '/bosettinger/s-1');
    });

    it('should ignore the sub-page when it is missing, of another kind or malformed', () => {
      for (const value of [
        undefined,
        '',
        'bosetting',
        'bosetting:',
        'møte:1',
        'bosetting:a:b:c',
        'bosetting:../x',
        'bosetting:a?b=1',
        'bosetting:a:b/c',
        'bosetting::nav',
      ]) {
        assert.equal(routeForSubPageId(value), undefined, String(value));
      }
    });
  });

  describe('hashNamesNoRoute', () => {
    it('should be true only when the hash is empty or the root', () => {
      assert.equal(hashNamesNoRoute(''), true);
      assert.equal(hashNamesNoRoute('#/'), true);
      assert.equal(hashNamesNoRoute('#/bosettinger'), false);
    });
  });
});
