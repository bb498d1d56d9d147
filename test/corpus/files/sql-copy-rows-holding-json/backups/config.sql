--
-- PostgreSQL database dump
--

COPY public.app_config (key, value) FROM stdin;
base_url	https://feapi.novamed.care/api/external
headers	{"x-api-key": "{{key:novamed}}", "content-type": "application/json"}
staging_headers	{"x-api-key": "${NOVAMED_API_KEY}"}
\.
