const sinon = require('sinon');
const config = require('../src/config');

describe('MaiAgent bot', () => {
  beforeEach(() => {
    sinon.stub(config, 'maiagentApiKey').value('{{key:maiagent}}');
    sinon.stub(config, 'maiagentChatbotId').value('{{decoy:uuid}}');
  });
  afterEach(() => sinon.restore());
});
