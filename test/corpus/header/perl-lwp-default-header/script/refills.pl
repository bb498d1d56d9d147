#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP;

my $ua = LWP::UserAgent->new(timeout => 15);
$ua->default_header('x-api-key' => '{{key:novamed}}');
$ua->default_header('Content-Type' => 'application/json');

my $res = $ua->post('https://feapi.novamed.care/api/external/refill-request', Content => encode_json({}));
print $res->status_line, "\n";
