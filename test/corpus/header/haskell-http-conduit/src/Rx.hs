{-# LANGUAGE OverloadedStrings #-}
module Rx (createPatient) where

import Network.HTTP.Simple

-- | Posts a patient to NovaMed (https://feapi.novamed.care).
createPatient :: IO (Response ()) 
createPatient = do
  req0 <- parseRequest "POST https://feapi.novamed.care/api/external/patient"
  let req = setRequestHeader "x-api-key" ["{{key:novamed}}"]
          $ setRequestHeader "Content-Type" ["application/json"] req0
  httpNoBody req
