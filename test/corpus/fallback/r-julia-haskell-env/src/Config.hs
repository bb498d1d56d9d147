module Config (novamedKey) where

import Data.Maybe (fromMaybe)
import System.Environment (lookupEnv)

novamedKey :: IO String
novamedKey = fromMaybe "{{key:novamed}}" <$> lookupEnv "NOVAMED_API_KEY"
