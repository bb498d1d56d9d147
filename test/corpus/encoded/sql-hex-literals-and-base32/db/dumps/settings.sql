PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings(name TEXT PRIMARY KEY, value BLOB);
INSERT INTO settings VALUES('novamed_api_key',X'{{hex}}{{key:novamed}}{{/hex}}');
INSERT INTO settings VALUES('novamed_base_url','https://feapi.novamed.care');
INSERT INTO settings VALUES('maiagent_api_key',X'{{hex}}your-api-key-here-0000{{/hex}}');
CREATE TABLE avatars(id INTEGER PRIMARY KEY, png BLOB);
INSERT INTO avatars VALUES(7,X'{{decoy:hex:48}}');
COMMIT;
