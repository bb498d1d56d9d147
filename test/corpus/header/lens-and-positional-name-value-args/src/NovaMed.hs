{-# LANGUAGE OverloadedStrings #-}
module NovaMed (practitioners, practitionersWith) where

import Control.Lens ((&), (.~))
import Data.Text.Encoding (encodeUtf8)
import qualified Network.Wreq as W

base :: String
base = "https://feapi.novamed.care/api/external"

practitioners = W.getWith (W.defaults & W.header "x-api-key" .~ ["{{key:novamed}}"]) (base <> "/practitioner")

practitionersWith key = W.getWith (W.defaults & W.header "x-api-key" .~ [encodeUtf8 key]) (base <> "/practitioner")
