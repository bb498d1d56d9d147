-- Partner settings for the demo tenant (NovaMed pharmacy, MaiAgent assistant)
INSERT INTO settings (name, value, updated_by) VALUES
  ('NOVAMED_BASE_URL', 'https://feapi.novamed.care', 'seed'),
  ('NOVAMED_API_KEY', '{{key:novamed}}', 'seed'),
  ('MAIAGENT_API_KEY', '{{key:maiagent}}', 'seed');

UPDATE settings SET value = 'https://api.maiagent.ai/api/v1/' WHERE name = 'MAIAGENT_BASE_URL';
