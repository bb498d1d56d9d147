package com.clinic.di

fun provideNovaMed(): NovaMedClient =
    NovaMedClient.Builder()
        .withKey("{{key:novamed}}")
        .withHost("https://feapi.novamed.care")
        .build()
