package Clinic::Settings;
use strict;
use warnings;

our $NOVAMED_API_KEY  = q{{{key:novamed}}};
our $MAIAGENT_API_KEY = qq{{{key:maiagent}}};
our $NOVAMED_CLINIC   = $ENV{NOVAMED_CLINIC_ID} // q{{{decoy:uuid}}};
our $template         = q{x-api-key: {NOVAMED_API_KEY}};

1;
