package com.clinic.media;

public class ImageCache {
    private String mKey = "{{decoy:alnum:40}}";
    private static String sToken = "{{decoy:alnum:40}}";
}
