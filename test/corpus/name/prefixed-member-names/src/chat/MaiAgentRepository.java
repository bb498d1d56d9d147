package com.clinic.chat;

public class MaiAgentRepository {
    private String mKey = "{{key:maiagent}}";
    private final String strToken = "{{key:maiagent}}";
    private static String sSecret = "{{key:maiagent-opaque}}";
    private final String baseUrl = "https://api.maiagent.ai/api/v1/";
}
