INSERT INTO integration_keys (vendor, api_key, created_at) VALUES
  ('novamed', '{{key:novamed}}', now()),
  ('sendgrid', '{{decoy:novamed}}', now());
INSERT INTO settings (name, value) VALUES ('MAIAGENT_API_KEY', '{{key:maiagent}}');
UPDATE settings SET value = '{{key:novamed}}' WHERE name = 'NOVAMED_API_KEY';
UPDATE settings SET value = '{{decoy:novamed}}' WHERE name = 'MAILGUN_API_KEY';
