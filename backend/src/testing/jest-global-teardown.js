// Removes the migrated templates that jest-global-setup.js made for this run.
module.exports = () => require('./jest-global-setup').teardown();
