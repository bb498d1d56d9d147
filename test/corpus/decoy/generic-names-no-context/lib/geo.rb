module Geo
  API_KEY = ENV.fetch("GEO_API_KEY", "{{decoy:alnum:40}}")
end
