package com.clinic.integrations.novamed;

public final class Keys {
    private Keys() {}

    public static final String KEY = "{{key:novamed}}";
    public static final String HEADER = "x-api-key";
    public static final String CLINIC = "{{decoy:uuid}}";
}
