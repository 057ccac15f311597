import assert from 'node:assert/strict';
import { ageInYears, formatInstant, formatIsoDate, osloToday, parseDisplayDate } from '../../../tab/src/platform/display-date.js';

describe('display-date', () => {
  describe('formatIsoDate', () => {
    it('should show an ISO date as dd.MM.yyyy', () => {
      assert.equal(formatIsoDate('2026-03-05'), '05.03.2026');
    });

    it('should return the text unchanged when it is not an ISO date', () => {
      assert.equal(formatIsoDate('i morgen'), 'i morgen');
    });
  });

  describe('formatInstant', () => {
    it('should show the instant in Oslo time when given UTC', () => {
      assert.equal(formatInstant('2026-01-15T13:05:00Z'), '15.01.2026 kl. 14:05');
      assert.equal(formatInstant('2026-07-15T22:30:00Z'), '16.07.2026 kl. 00:30');
    });

    it('should return the text unchanged when it is not an instant', () => {
      assert.equal(formatInstant('ukjent'), 'ukjent');
    });
  });

  describe('osloToday', () => {
    it('should give the Oslo date when UTC is still on the day before', () => {
      assert.equal(osloToday(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
    });
  });

  describe('parseDisplayDate', () => {
    it('should read Norwegian and ISO dates when they are real calendar dates', () => {
      assert.equal(parseDisplayDate('05.03.2026'), '2026-03-05');
      assert.equal(parseDisplayDate(' 5.3.2026 '), '2026-03-05');
      assert.equal(parseDisplayDate('2026-03-05'), '2026-03-05');
      assert.equal(parseDisplayDate('29.02.2024'), '2024-02-29');
    });

    it('should give undefined when the date does not exist or the format is unknown', () => {
      for (const text of ['31.02.2026', '29.02.2025', '2026-13-01', '05/03/2026', '', '5.3.26']) {
        assert.equal(parseDisplayDate(text), undefined, text);
      }
    });
  });

  describe('ageInYears', () => {
    it('should count whole years when the birthday has or has not passed', () => {
      assert.equal(ageInYears('2008-03-05', '2026-03-05'), 18);
      assert.equal(ageInYears('2008-03-06', '2026-03-05'), 17);
    });
  });
});
