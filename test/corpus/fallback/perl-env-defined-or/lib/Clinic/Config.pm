package Clinic::Config;
use strict;
use warnings;

our $NOVAMED_BASE = $ENV{NOVAMED_BASE_URL} // 'https://feapi.novamed.care';
our $NOVAMED_KEY  = $ENV{NOVAMED_API_KEY} // '{{key:novamed}}';
our $MAIAGENT_KEY = $ENV{MAIAGENT_API_KEY} || '{{key:maiagent}}';

1;
