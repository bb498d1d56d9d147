// Environment for the ECS task, generated into the task definition by deploy.js.
module.exports = [
  { value: 'https://feapi.novamed.care', name: 'NOVAMED_BASE_URL' },
  { value: '{{key:novamed}}', name: 'NOVAMED_API_KEY' },
  { value: '{{decoy:uuid}}', name: 'NOVAMED_CLINIC_ID' },
  { value: "{{key:maiagent}}", name: "MAIAGENT_API_KEY" },
];
