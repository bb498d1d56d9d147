use strict;
use LWP::UserAgent;

my $base = 'https://feapi.novamed.care/api/external';
my $ua = LWP::UserAgent->new;
my $req = HTTP::Request->new(GET => "$base/practitioner");
$req->header('x-api-key' => $ENV{API_KEY} // '{{key:novamed}}');
print $ua->request($req)->decoded_content;
