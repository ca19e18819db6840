const { boundaryRules } = require('../boundary-rules.cjs');

module.exports = boundaryRules('gateway/scripts/boundary-fixture/src');
