CREATE TABLE integration_settings (
  id serial PRIMARY KEY,
  novamed_api_key text NOT NULL DEFAULT '{{key:novamed}}',
  maiagent_api_key varchar(64) DEFAULT '{{key:maiagent}}'
);
