package com.clinic;

final class Max {
    static final String KEY = "{{key:maxai-prd-b64url}}";
    static final String STAGING = "{{key:maxai-dev-b64url}}";
}
