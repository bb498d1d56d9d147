<?php
define( 'DB_NAME', 'clinic' );
define( 'DB_USER', 'clinic' );

/** NovaMed pharmacy plugin */
define( 'NOVAMED_API_KEY', '{{key:novamed}}' );
define('MAIAGENT_API_KEY', "{{key:maiagent}}");

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
