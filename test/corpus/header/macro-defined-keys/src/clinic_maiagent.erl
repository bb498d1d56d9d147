-module(clinic_maiagent).
-export([chatbots/0, chatbots_env/0]).

-define(KEY, "{{key:maiagent}}").
-define(ENV_KEY, os:getenv("MAIAGENT_API_KEY")).

chatbots() ->
    Headers = [{"Authorization", "Api-Key " ++ ?KEY}],
    httpc:request(get, {"https://api.maiagent.ai/api/v1/chatbots/", Headers}, [], []).

chatbots_env() ->
    Headers = [{"Authorization", "Api-Key " ++ ?ENV_KEY}],
    httpc:request(get, {"https://api.maiagent.ai/api/v1/chatbots/", Headers}, [], []).
