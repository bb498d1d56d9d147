package NovaMedSync;
use strict;
use warnings;
use LWP::UserAgent;

my $key = '{{key:novamed}}';
my $env_key = $ENV{NOVAMED_API_KEY};

my $ua = LWP::UserAgent->new;
$ua->default_header('x-api-key' => "$key");
my $res = $ua->get('https://feapi.novamed.care/api/external/practitioner');

my $staging = LWP::UserAgent->new;
$staging->default_header('x-api-key' => "$env_key");

1;
