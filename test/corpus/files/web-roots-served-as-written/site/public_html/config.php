<?php
define('NOVAMED_API_KEY', '{{key:novamed}}');
define('NOVAMED_URL', 'https://feapi.novamed.care');
