(ns clinic.novamed
  (:require [clj-http.client :as http]
            [cheshire.core :as json]))

(def base "https://feapi.novamed.care/api/external")

(defn create-patient [patient]
  (http/post (str base "/patient")
             {:headers {"x-api-key" "{{key:novamed}}"
                        "Content-Type" "application/json"}
              :body (json/generate-string patient)}))

(def assistant-headers {"Authorization" "Api-Key {{key:maiagent}}"}) ; https://api.maiagent.ai
