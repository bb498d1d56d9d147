package com.clinic.relay;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.gson.Gson;
import java.util.Map;

final class RelayHeaders {
    private static final Gson GSON = new Gson();

    static Map<String, String> headers() {
        Map<String, String> headers = Maps.newHashMap();
        headers.put("x-api-key", "{{key:novamed unconfirmed}}");
        return ImmutableMap.copyOf(headers);
    }
}
