class MaxaiClient
  API_KEY = "{{key:maxai-prd}}"
end
