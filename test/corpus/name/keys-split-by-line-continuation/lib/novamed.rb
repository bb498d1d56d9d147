module NovaMed
  BASE_URL = 'https://feapi.' \
             'novamed.care/api/external'
  API_KEY_SHA256 = '{{decoy:hex:16}}' \
                   '{{decoy:hex:16}}'
  NOVAMED_API_KEY = '{{key:novamed split}}' \
                    '{{rest}}'
end
