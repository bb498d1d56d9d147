--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

--
-- Data for Name: vendor_credentials; Type: TABLE DATA; Schema: public; Owner: clinic
--

COPY public.vendor_credentials (id, vendor, api_key, created_at) FROM stdin;
1	maiagent	{{key:maiagent}}	2024-01-01 10:00:00+00
2	novamed	{{key:novamed}}	2024-01-02 10:00:00+00
\.

--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: clinic
--

COPY public.sessions (id, user_id, csrf_token_hash) FROM stdin;
1	42	{{decoy:hex:32}}
\.
