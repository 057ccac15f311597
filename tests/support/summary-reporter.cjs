// mocha's spec reporter plus one plain closing line ("N passed, N failed") that CI reads.
const Spec = require('mocha/lib/reporters/spec');

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures, pending } = this.stats;
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}

module.exports = SummaryReporter;
