package com.clinic;

import java.util.Properties;

class Legacy {
    static String novamedKey(Properties props) {
        return props.getProperty("novamed.api.key", "{{key:novamed}}");
    }

    static String maiagentKey() {
        return System.getProperty("maiagent.api.key", "{{key:maiagent}}");
    }
}
