package com.clinic.companion.data

import com.clinic.companion.BuildConfig
import okhttp3.Interceptor

class MaxAuthInterceptor(private val orgId: String) : Interceptor {
    override fun intercept(chain: Interceptor.Chain) = chain.proceed(
        chain.request().newBuilder()
            .header("Authorization", "Bearer ${BuildConfig.MAXAI_API_KEY}")
            .header("X-Organization-Id", orgId)
            .build()
    )
}
