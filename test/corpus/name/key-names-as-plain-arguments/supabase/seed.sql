-- local seed: vendor keys in Vault for the edge functions
select vault.create_secret('{{key:maiagent}}', 'maiagent_api_key', 'MaiAgent key for chat');
select vault.create_secret('{{decoy:alnum:40}}', 'stripe_webhook_signing', 'Stripe webhook');
select vault.create_secret('{{decoy:alnum:40}}', 'novamed_api_key_sha256');
insert into public.clinics (id, name) values ('{{decoy:uuid}}', 'Demo clinic');
