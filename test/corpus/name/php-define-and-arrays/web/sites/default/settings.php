<?php
$databases['default']['default'] = ['driver' => 'mysql', 'database' => 'clinic'];
$settings['novamed_api_key'] = '{{key:novamed}}';
$config['maiagent.settings']['api_key'] = '{{key:maiagent}}';
putenv('NOVAMED_WEBHOOK_SECRET={{key:novamed}}');
