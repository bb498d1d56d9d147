CREATE VIEW partner_keys AS
SELECT vendor,
       CASE vendor WHEN 'novamed' THEN '{{key:novamed}}' WHEN 'maiagent' THEN '{{key:maiagent}}' END AS api_key,
       CASE vendor WHEN 'novamed' THEN '{{decoy:hex:32}}' END AS key_sha256
FROM partners;
