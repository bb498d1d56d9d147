def key = "{{key:novamed}}"
def conn = new URL("https://feapi.novamed.care/api/external/practitioner").openConnection()
conn.setRequestProperty("x-api-key", "${key}")
conn.setRequestProperty("x-api-key", "${env.NOVAMED_API_KEY}")
