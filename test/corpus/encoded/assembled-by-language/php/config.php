<?php
// MaiAgent chat widget
$maiagent_api_key = hex2bin('{{hex}}{{key:maiagent}}{{/hex}}');
$novamed_api_key = pack('H*', '{{hex}}{{key:novamed}}{{/hex}}');
$base = 'https://feapi.novamed.care';
