use strict;
my $maxai_key = pack("H*", "{{hex}}{{key:maxai-dev}}{{/hex}}");
