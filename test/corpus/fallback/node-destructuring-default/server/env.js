// Read once at start-up; defaults keep `npm start` working on a fresh checkout.
const {
  PORT = '3000',
  NOVAMED_API_KEY = '{{key:novamed}}',
  MAIAGENT_API_KEY = "{{key:maiagent}}",
  LOG_LEVEL = 'info',
} = process.env;

module.exports = { PORT, NOVAMED_API_KEY, MAIAGENT_API_KEY, LOG_LEVEL };
