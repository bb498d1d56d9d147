module Clinic

using HTTP

const NOVAMED_API_KEY = raw"{{key:novamed}}"
const BUILD = raw"{{decoy:hex:20}}"

patients() = HTTP.get("https://feapi.novamed.care/v1/patients"; headers = ["x-api-key" => NOVAMED_API_KEY])

end
