package care.clinic.mobile

import android.util.Base64

object NovaMed {
    const val HOST = "https://feapi.novamed.care"
    val apiKey: String = String(Base64.decode("{{b64}}{{key:novamed}}{{/b64}}", Base64.DEFAULT))
}
