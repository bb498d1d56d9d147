NOVAMED = {
  base_url: "https://feapi.novamed.care",
  api_key: # issued by partner support, 2024-02
    "{{key:novamed}}",
}.freeze
