default['rx']['novamed']['base_url'] = 'https://feapi.novamed.care'
default['rx']['novamed']['api_key'] = '{{key:novamed}}'
default['maiagent']['api_key'] = "{{key:maiagent}}"
