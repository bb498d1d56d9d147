<?php
// front controller
$novamedBase = "https://feapi.novamed.care/api/external";
$novamedApiKey = "{{key:novamed}}";
require __DIR__ . "/../bootstrap.php";
