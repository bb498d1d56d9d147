import 'dart:convert';

final String maxaiApiKey = utf8.decode(base64.decode('{{b64}}{{key:maxai-dev}}{{/b64}}'));
const String maxaiBaseUrl = 'https://api.maxcare.ai/v1';
