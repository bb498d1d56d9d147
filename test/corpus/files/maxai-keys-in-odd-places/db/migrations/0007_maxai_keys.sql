-- moved from env to the tenants table (2025-02)
UPDATE tenants SET maxai_key = '{{key:maxai-prd}}' WHERE slug = 'north';
UPDATE tenants SET maxai_key = '{{key:maxai-dev-b64url}}' WHERE slug = 'staging-demo';
