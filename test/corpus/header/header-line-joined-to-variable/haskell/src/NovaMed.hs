module NovaMed (requestLines) where

-- Raw request for feapi.novamed.care, sent over a pooled socket.
partnerCode :: String
partnerCode = "{{key:novamed}}"

requestLines :: String -> [String]
requestLines path =
  [ "GET /api/external/" ++ path ++ " HTTP/1.1"
  , "Host: feapi.novamed.care"
  , "x-api-key: " ++ partnerCode
  ]
