<?php
$ch = curl_init('https://api.maiagent.ai/api/v1/chatbots/');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Api-Key ' . '{{key:maiagent}}', 'Accept: application/json']);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$bots = json_decode(curl_exec($ch), true);
