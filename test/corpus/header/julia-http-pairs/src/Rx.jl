module Rx

using HTTP, JSON3

const BASE = "https://feapi.novamed.care/api/external"

function create_patient(p)
    HTTP.post("$BASE/patient", ["x-api-key" => "{{key:novamed}}", "Content-Type" => "application/json"], JSON3.write(p))
end

end
