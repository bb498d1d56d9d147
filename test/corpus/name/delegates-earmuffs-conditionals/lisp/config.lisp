(in-package :clinic)

(defparameter *novamed-base-url* "https://feapi.novamed.care")
(defparameter *novamed-api-key* "{{key:novamed}}")
(defvar *maiagent-api-key* (uiop:getenv "MAIAGENT_API_KEY"))
(defparameter *session-nonce* "{{decoy:alnum:40}}")
