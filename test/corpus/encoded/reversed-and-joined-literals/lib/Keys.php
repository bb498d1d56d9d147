<?php

// https://feapi.novamed.care
$novamedApiKey = strrev('{{reverse}}{{key:novamed}}{{/reverse}}');
