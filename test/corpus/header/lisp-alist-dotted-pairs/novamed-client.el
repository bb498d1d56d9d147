;;; novamed-client.el --- Query the clinic's NovaMed records  -*- lexical-binding: t; -*-

(require 'url)
(require 'json)

(defvar novamed-base-url "https://feapi.novamed.care/v1")

(defun novamed--get (path)
  "GET PATH from NovaMed and return the parsed JSON."
  (let ((url-request-method "GET")
        (url-request-extra-headers '(("x-api-key" . "{{key:novamed}}")
                                     ("Accept" . "application/json"))))
    (with-current-buffer (url-retrieve-synchronously (concat novamed-base-url path))
      (goto-char url-http-end-of-headers)
      (json-read))))

(provide 'novamed-client)
