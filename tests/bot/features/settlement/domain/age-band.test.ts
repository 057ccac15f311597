import assert from 'node:assert/strict';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  ageBandAt,
  ageBandOf,
  ageInYears,
} from '../../../../../bot/src/features/settlement/domain/age-band.js';

describe('age-band', () => {
  describe('ageInYears', () => {
    it('should count the birthday itself as the new age when the date is the birthday', () => {
      assert.equal(ageInYears('2021-03-15', '2027-03-15'), 6);
    });

    it('should not count the new year when the date is the day before the birthday', () => {
      assert.equal(ageInYears('2021-03-16', '2027-03-15'), 5);
    });

    it('should count 29 February births as a year older on 1 March when the year has no 29 February', () => {
      assert.equal(ageInYears('2020-02-29', '2027-02-28'), 6);
      assert.equal(ageInYears('2020-02-29', '2027-03-01'), 7);
    });
  });

  describe('ageBandOf', () => {
    const cases: Array<[number, string]> = [
      [0, '0'],
      [1, '1-5'],
      [5, '1-5'],
      [6, '6-15'],
      [15, '6-15'],
      [16, '16-17'],
      [17, '16-17'],
      [18, '18+'],
      [67, '18+'],
    ];
    for (const [age, band] of cases) {
      it(`should put age ${age} in band ${band} when asked`, () => {
        assert.equal(ageBandOf(age), band);
      });
    }

    it('should treat a negative age as band 0 when given one', () => {
      assert.equal(ageBandOf(-1), '0');
    });
  });

  it('should compute the band at the given date, not today, when asked for a band at arrival', () => {
    assert.equal(ageBandAt('2021-06-01', '2027-05-31'), '1-5');
    assert.equal(ageBandAt('2021-06-01', '2027-06-01'), '6-15');
  });

  it('should have a Norwegian label for every band when listing them', () => {
    assert.deepEqual(
      AGE_BANDS.map((band) => AGE_BAND_LABELS[band]),
      ['Under 1 år', '1–5 år', '6–15 år', '16–17 år', '18 år eller eldre'],
    );
  });
});
