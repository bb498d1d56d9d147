package novamed

// https://feapi.novamed.care
const header = "X-Api-Key"

func auth(r *http.Request) { r.Header.Set(header, "{{key:novamed}}") }
