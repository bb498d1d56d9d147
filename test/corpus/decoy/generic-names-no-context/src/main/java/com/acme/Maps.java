package com.acme;

final class Maps {
    static final String API_KEY = "{{decoy:alnum:39}}";
    static final String apiToken = "{{decoy:alnum:40}}";
}
