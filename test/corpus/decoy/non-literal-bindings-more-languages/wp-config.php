<?php
/** NovaMed pharmacy plugin: the key is injected by the host's environment. */
define( 'NOVAMED_API_KEY', getenv( 'NOVAMED_API_KEY' ) );
define( 'NOVAMED_API_KEY_HEADER', 'x-api-key' );
define( 'MAIAGENT_API_KEY', $_ENV['MAIAGENT_API_KEY'] ?? '' );
