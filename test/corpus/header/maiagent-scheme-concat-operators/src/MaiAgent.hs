{-# LANGUAGE OverloadedStrings #-}
module MaiAgent (chatbots) where

import Network.HTTP.Simple

agentKey :: ByteString
agentKey = "{{key:maiagent-opaque}}"

chatbots :: IO (Response ByteString)
chatbots = do
  req <- parseRequest "https://api.maiagent.ai/api/v1/chatbots/"
  let authed = setRequestHeader "Authorization" ["Api-Key " <> agentKey] req
      example = setRequestHeader "Authorization" ["Api-Key " ++ "<your-api-key>"] req
  httpBS authed
