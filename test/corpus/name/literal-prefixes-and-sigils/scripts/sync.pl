#!/usr/bin/env perl
use strict;
use warnings;
use LWP::UserAgent;

my $maiagent_api_key = q({{key:maiagent}});
my $request_id = q({{decoy:uuid}});
my $ua = LWP::UserAgent->new;
$ua->default_header('Authorization' => "Api-Key $maiagent_api_key");
my $res = $ua->get('https://api.maiagent.ai/api/v1/chatbots/');
