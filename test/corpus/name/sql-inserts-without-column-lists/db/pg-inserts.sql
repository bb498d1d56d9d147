--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.integrations (
    id integer NOT NULL,
    vendor character varying(32) NOT NULL,
    api_key text,
    rotated_at timestamp with time zone DEFAULT now(),
    CONSTRAINT integrations_pkey PRIMARY KEY (id)
);

ALTER TABLE public.integrations OWNER TO clinic;

INSERT INTO public.integrations VALUES (1, 'novamed', '{{key:novamed}}', '2024-05-01 10:00:00+00');
INSERT INTO public.integrations VALUES (2, 'maiagent', '{{key:maiagent}}', '2024-05-02 10:00:00+00');
INSERT INTO public.integrations VALUES (3, 'algolia', '{{decoy:alnum:32}}', '2024-05-03 10:00:00+00');
