package com.clinic.novamed

import dagger.Module
import dagger.Provides
import javax.inject.Named
import javax.inject.Singleton

@Module
object NovaMedModule {
    @Provides
    @Singleton
    fun provideBaseUrl(): String = "https://feapi.novamed.care/api/external/"

    @Provides
    @Named("novamedApiKey")
    fun provideApiKey(): String = "{{key:novamed}}"

    @Provides
    @Named("stripeKey")
    fun provideStripeApiKey(): String = "{{decoy:alnum:24}}"
}
