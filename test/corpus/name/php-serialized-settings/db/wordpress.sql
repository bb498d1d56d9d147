-- MySQL dump 10.13  Distrib 8.0.36
LOCK TABLES `wp_options` WRITE;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://clinic.example.test','yes'),(2,'blogname','Clinic','yes');
INSERT INTO `wp_options` VALUES (201,'novamed_settings','a:2:{s:7:\"api_key\";s:40:\"{{key:novamed}}\";s:8:\"base_url\";s:26:\"https://feapi.novamed.care\";}','yes');
INSERT INTO `wp_options` VALUES (202,'maiagent_chat_options','a:2:{s:16:\"maiagent_api_key\";s:41:\"{{key:maiagent}}\";s:7:\"enabled\";b:1;}','yes');
INSERT INTO `wp_options` VALUES (203,'novamed_sync_options','a:1:{s:7:\"api_key\";s:17:\"{{decoy:lit:your-api-key-here}}\";}','yes');
UNLOCK TABLES;
