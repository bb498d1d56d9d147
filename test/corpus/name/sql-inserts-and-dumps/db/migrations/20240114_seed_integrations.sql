-- Seed the integrations table for the staging clinic.
CREATE TABLE IF NOT EXISTS integrations (
  id          SERIAL PRIMARY KEY,
  vendor      TEXT NOT NULL,
  api_key     TEXT,
  api_key_id  UUID,
  base_url    TEXT NOT NULL,
  created_at  TIMESTAMPTZ DEFAULT now()
);

INSERT INTO integrations (vendor, api_key, api_key_id, base_url) VALUES
  ('novamed', '{{key:novamed}}', '{{decoy:uuid}}', 'https://feapi.novamed.care'),
  ('maiagent', '{{key:maiagent}}', NULL, 'https://api.maiagent.ai/api/v1/'),
  ('openai', '{{fake:sk-proj}}', NULL, 'https://api.openai.com/v1');

INSERT INTO `app_settings` (`name`, `value`, `updated_at`) VALUES ('novamed_api_key', '{{key:novamed}}', NOW());
INSERT INTO app_settings (name, value) VALUES ('novamed_region', '{{decoy:alnum:40}}');

INSERT INTO key_audit (id, api_key_sha256, rotated_at) VALUES (1, '{{decoy:hex:32}}', NOW());
