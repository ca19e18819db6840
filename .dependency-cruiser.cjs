const { boundaryRules } = require('./gateway/scripts/boundary-rules.cjs');

module.exports = boundaryRules('gateway/src');
