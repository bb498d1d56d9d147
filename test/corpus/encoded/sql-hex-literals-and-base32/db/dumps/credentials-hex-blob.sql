-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- mysqldump --hex-blob clinic api_credentials
LOCK TABLES `api_credentials` WRITE;
INSERT INTO `api_credentials` (`id`, `vendor`, `name`, `secret`) VALUES (1,'maiagent','MAIAGENT_API_KEY',0x{{hex}}{{key:maiagent}}{{/hex}}),(2,'smtp','SMTP_PASSWORD',0x{{decoy:hex:24}});
UNLOCK TABLES;
