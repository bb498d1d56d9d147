// Newsletter for Mai Agentur GmbH (mai-agentur.de); careers page feed from maxcareers.com
module.exports = {
  apiKey: '{{decoy:maiagent}}',
  listId: 'spring-2026',
};
