PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE connectors (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, clinic_id TEXT, api_key TEXT, UNIQUE(provider));
INSERT INTO connectors VALUES(1,'novamed','{{decoy:uuid}}','{{key:novamed}}');
INSERT INTO connectors VALUES(2,'maiagent',NULL,'{{key:maiagent}}');
INSERT INTO connectors VALUES(3,'sendgrid',NULL,'{{decoy:alnum:32}}');
CREATE TABLE schema_migrations (version TEXT PRIMARY KEY);
INSERT INTO schema_migrations VALUES('{{decoy:hex:20}}');
COMMIT;
