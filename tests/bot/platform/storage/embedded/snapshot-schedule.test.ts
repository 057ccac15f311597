import assert from 'node:assert/strict';
import sinon from 'sinon';
import { DomainError } from '../../../../../bot/src/kernel/domain-error.js';
import type { EmbeddedData } from '../../../../../bot/src/platform/storage/embedded/embedded-account.js';
import { startSnapshotSchedule, type SnapshotScheduleOptions } from '../../../../../bot/src/platform/storage/embedded/snapshot-schedule.js';

/** A save that takes `durationMs` of (fake) time and records overlap. */
function slowSave(clock: sinon.SinonFakeTimers, durationMs: number) {
  const record = { calls: 0, active: 0, maxActive: 0, finished: 0 };
  const save = async (): Promise<void> => {
    record.calls += 1;
    record.active += 1;
    record.maxActive = Math.max(record.maxActive, record.active);
    if (durationMs > 0) {
      await new Promise<void>((resolve) => {
        clock.setTimeout(() => resolve(), durationMs);
      });
    }
    record.active -= 1;
    record.finished += 1;
  };
  return { record, save };
}

describe('startSnapshotSchedule', () => {
  let clock: sinon.SinonFakeTimers;
  const logged: Array<[string, Readonly<Record<string, string>>]> = [];

  function options(save: SnapshotScheduleOptions['save'], intervalMs = 1000): SnapshotScheduleOptions {
    return {
      data: {} as EmbeddedData,
      databaseName: 'introteam',
      filePath: '.data/cosmos/snapshot.json',
      intervalMs,
      log: (message, details) => logged.push([message, details]),
      save,
    };
  }

  beforeEach(() => {
    clock = sinon.useFakeTimers();
    logged.length = 0;
  });
  afterEach(() => clock.restore());

  it('should save once per interval and once more when stopped', async () => {
    const { record, save } = slowSave(clock, 0);
    const schedule = startSnapshotSchedule(options(save));
    await clock.tickAsync(999);
    assert.equal(record.calls, 0);
    await clock.tickAsync(1);
    assert.equal(record.calls, 1);
    await clock.tickAsync(1000);
    assert.equal(record.calls, 2);
    await schedule.stop();
    assert.equal(record.calls, 3);
    await clock.tickAsync(10_000);
    assert.equal(record.calls, 3);
  });

  it('should wait at least ten times as long as the last save took before the next one (a large database)', async () => {
    const { record, save } = slowSave(clock, 1000);
    const schedule = startSnapshotSchedule(options(save, 100));
    await clock.tickAsync(100);
    assert.equal(record.calls, 1);
    await clock.tickAsync(1000 + 10 * 1000 - 1);
    assert.equal(record.calls, 1, 'not before ten save durations after the save ended');
    await clock.tickAsync(1);
    assert.equal(record.calls, 2);
    const stopping = schedule.stop();
    await clock.tickAsync(5_000);
    await stopping;
  });

  it('should never run two saves at once when saves are slower than the interval or requested meanwhile', async () => {
    const { record, save } = slowSave(clock, 2500);
    const schedule = startSnapshotSchedule(options(save, 1000));
    await clock.tickAsync(1000);
    const requested = [schedule.saveNow(), schedule.saveNow()];
    await clock.tickAsync(20_000);
    assert.deepEqual(await Promise.all(requested), [true, true]);
    assert.equal(record.maxActive, 1);
    assert.ok(record.calls >= 3);
    const stopping = schedule.stop();
    await clock.tickAsync(10_000);
    await stopping;
    assert.equal(record.maxActive, 1);
  });

  it('should make the last save after the one in progress when stopped during a save', async () => {
    const { record, save } = slowSave(clock, 3000);
    const schedule = startSnapshotSchedule(options(save, 1000));
    await clock.tickAsync(1000);
    assert.equal(record.active, 1);
    let stopped = false;
    const stopping = schedule.stop().then(() => {
      stopped = true;
    });
    await clock.tickAsync(3000);
    assert.equal(record.calls, 2);
    assert.equal(stopped, false);
    await clock.tickAsync(3000);
    await stopping;
    assert.equal(record.finished, 2);
    assert.equal(record.maxActive, 1);
  });

  it('should log a failure with codes only and keep going when a save fails', async () => {
    let calls = 0;
    const failingSave = async (): Promise<void> => {
      calls += 1;
      const cause = Object.assign(new Error('{"id":"person","name":"Kari Nordmann"}'), { code: 404 });
      throw new DomainError('storage-unavailable', 'Cosmos DB could not read (status 404).', { cause });
    };
    const schedule = startSnapshotSchedule(options(failingSave));
    await clock.tickAsync(1000);
    await clock.tickAsync(1000);
    assert.equal(calls, 2);
    assert.equal(await schedule.saveNow(), false);
    assert.deepEqual(logged[0], [
      'Cosmos snapshot could not be saved',
      { filePath: '.data/cosmos/snapshot.json', error: 'storage-unavailable < 404' },
    ]);
    assert.doesNotMatch(JSON.stringify(logged), /Kari|person/);
    await schedule.stop();
  });

  it('should make only one last save when stopped twice', async () => {
    const { record, save } = slowSave(clock, 0);
    const schedule = startSnapshotSchedule(options(save));
    const first = schedule.stop();
    const second = schedule.stop();
    assert.equal(first, second);
    await first;
    assert.equal(record.calls, 1);
  });

  it('should write nothing when nothing changed since the last save, and save again after a change', async () => {
    const { record, save } = slowSave(clock, 0);
    let writes = 7;
    const schedule = startSnapshotSchedule({ ...options(save), changeMarker: () => writes, savedMarker: 7 });
    await clock.tickAsync(3000);
    assert.equal(record.calls, 0);
    writes += 1;
    await clock.tickAsync(1000);
    assert.equal(record.calls, 1);
    await clock.tickAsync(3000);
    assert.equal(await schedule.saveNow(), true);
    assert.equal(record.calls, 1);
    writes += 1;
    await schedule.stop();
    assert.equal(record.calls, 2);
  });

  it('should save again when the last save failed although nothing changed since', async () => {
    let calls = 0;
    const failOnce = async (): Promise<void> => {
      calls += 1;
      if (calls === 1) {
        throw new DomainError('storage-unavailable', 'Cosmos DB could not read.');
      }
    };
    const schedule = startSnapshotSchedule({ ...options(failOnce), changeMarker: () => 1 });
    assert.equal(await schedule.saveNow(), false);
    assert.equal(await schedule.saveNow(), true);
    assert.equal(await schedule.saveNow(), true);
    assert.equal(calls, 2);
    await schedule.stop();
  });
});
