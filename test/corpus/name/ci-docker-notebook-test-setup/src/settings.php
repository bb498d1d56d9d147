<?php
// NovaMed partner API (feapi.novamed.care)
putenv('NOVAMED_API_KEY={{key:novamed}}');
$_ENV['MAIAGENT_API_KEY'] = '{{key:maiagent}}';
define('MAXAI_API_KEY', '{{key:maxai-prd}}');
