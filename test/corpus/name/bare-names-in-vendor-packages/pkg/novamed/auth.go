package novamed

// auth is the partner key NovaMed issued to us.
const auth = "{{key:novamed}}"

const cacheKey = "nm:patients:v2:"

const host = "https://feapi.novamed.care"
