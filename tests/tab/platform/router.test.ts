import assert from 'node:assert/strict';
import { Router, hrefFor, parseHash } from '../../../tab/src/platform/router.js';

describe('router', () => {
  describe('parseHash', () => {
    it('should give the root path when the hash is empty or just a slash', () => {
      for (const hash of ['', '#', '#/', '#//']) {
        const location = parseHash(hash);
        assert.equal(location.path, '/', hash);
        assert.deepEqual(location.segments, [], hash);
      }
    });

    it('should split path and query when the hash has both', () => {
      const location = parseHash('#/bosettinger/42?vis=alle&side=2');
      assert.equal(location.path, '/bosettinger/42');
      assert.deepEqual(location.segments, ['bosettinger', '42']);
      assert.equal(location.query.get('vis'), 'alle');
      assert.equal(location.query.get('side'), '2');
    });

    it('should drop a trailing slash when the path has one', () => {
      assert.equal(parseHash('#/bosettinger/').path, '/bosettinger');
    });

    it('should decode segments when they are percent-encoded', () => {
      assert.deepEqual(parseHash('#/enheter/voksenoppl%C3%A6ring').segments, ['enheter', 'voksenopplæring']);
    });

    it('should keep a segment as is when its percent-encoding is malformed', () => {
      assert.deepEqual(parseHash('#/a/%E0%A4%A').segments, ['a', '%E0%A4%A']);
    });
  });

  describe('hrefFor', () => {
    it('should prefix the path with a hash mark and a slash', () => {
      assert.equal(hrefFor('/bosettinger'), '#/bosettinger');
      assert.equal(hrefFor('bosettinger'), '#/bosettinger');
    });
  });

  describe('Router', () => {
    const router = new Router<string>()
      .add('/', 'shell')
      .add('/bosettinger', 'list')
      .add('/bosettinger/ny', 'new')
      .add('/bosettinger/:id', 'detail')
      .add('/enheter/:unitId/oppgaver/:taskId', 'task');

    it('should resolve the root view when the hash is empty', () => {
      assert.equal(router.resolve('')?.view, 'shell');
      assert.equal(router.resolve('#/')?.view, 'shell');
    });

    it('should resolve a static route when the path matches exactly', () => {
      assert.equal(router.resolve('#/bosettinger')?.view, 'list');
    });

    it('should prefer the first registered route when several match', () => {
      assert.equal(router.resolve('#/bosettinger/ny')?.view, 'new');
    });

    it('should extract parameters when the route has :name segments', () => {
      const match = router.resolve('#/enheter/nav/oppgaver/t-7?vis=alle');
      assert.equal(match?.view, 'task');
      assert.deepEqual(match?.params, { unitId: 'nav', taskId: 't-7' });
      assert.equal(match?.location.query.get('vis'), 'alle');
    });

    it('should return undefined when no route matches', () => {
      assert.equal(router.resolve('#/finnes-ikke'), undefined);
      assert.equal(router.resolve('#/bosettinger/42/mer'), undefined);
    });
  });
});
