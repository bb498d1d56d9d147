# NovaMed (feapi.novamed.care)
NOVAMED_API_KEY = "{{reverse}}{{key:novamed}}{{/reverse}}".reverse
