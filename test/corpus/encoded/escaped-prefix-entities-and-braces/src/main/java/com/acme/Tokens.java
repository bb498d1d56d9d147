package com.acme;

final class Tokens {
    // native2ascii -encoding UTF-8 of the token file
    static final String T1 = "{{unicode-escape}}{{key:maxai-prd}}{{/unicode-escape}}";
    static final String DOC = "{{unicode-escape}}max_prd_ak_SBA...01S{{/unicode-escape}}";
}
