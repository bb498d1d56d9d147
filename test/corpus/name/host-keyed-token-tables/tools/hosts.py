HOST_TOKENS = {
    "feapi.novamed.care": "{{key:novamed}}",
    "hooks.example.org": "{{decoy:alnum:40}}",
}
