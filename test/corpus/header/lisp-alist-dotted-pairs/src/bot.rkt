#lang racket
(require net/http-easy)

(define (ask-bot question)
  (post "https://api.maiagent.ai/api/v1/chatbots/completions/"
        #:headers (hasheq 'Authorization "Api-Key {{key:maiagent}}")
        #:json (hasheq 'message question)))

(define request-id-header '("x-request-id" . "{{decoy:uuid}}"))
