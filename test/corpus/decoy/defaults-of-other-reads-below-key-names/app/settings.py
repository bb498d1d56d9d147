from environs import env

# NovaMed partner API (https://feapi.novamed.care)
api_key = env.str("NOVAMED_API_KEY", default="")
clinic_slug = env.str(
    "NOVAMED_CLINIC_SLUG",
    default_value="{{decoy:alnum:32}}",
)
webhook_secret = env.str("NOVAMED_WEBHOOK_SECRET", default="{{key:novamed}}")
