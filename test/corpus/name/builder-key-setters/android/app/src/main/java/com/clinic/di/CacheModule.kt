package com.clinic.di

fun provideCache(): CacheStore =
    CacheStore.Builder()
        .withKey("{{decoy:alnum:40}}")
        .build()
