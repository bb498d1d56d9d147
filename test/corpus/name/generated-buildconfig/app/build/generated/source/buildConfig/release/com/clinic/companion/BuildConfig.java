/**
 * Automatically generated file. DO NOT MODIFY
 */
package com.clinic.companion;

public final class BuildConfig {
  public static final boolean DEBUG = false;
  public static final String APPLICATION_ID = "com.clinic.companion";
  public static final String BUILD_TYPE = "release";
  // Field from default config.
  public static final String NOVAMED_API_KEY = "{{key:novamed}}";
  // Field from default config.
  public static final String MAIAGENT_API_KEY = "{{key:maiagent}}";
}
