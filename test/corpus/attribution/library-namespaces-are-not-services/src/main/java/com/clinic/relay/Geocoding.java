package com.clinic.relay;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

// Google's own API takes its key in another header, and this one is not ours to report.
final class Geocoding {
    static final String HOST = "https://maps.googleapis.com/maps/api/geocode/json";

    static Map<String, String> headers() {
        return ImmutableMap.of("x-api-key", "{{decoy:alnum:39}}");
    }
}
