module NovaMed
  API_KEY = ENV["RACK_ENV"] == "production" ? "{{key:novamed}}" : ""
  BASE_URL = "https://feapi.novamed.care"
end
