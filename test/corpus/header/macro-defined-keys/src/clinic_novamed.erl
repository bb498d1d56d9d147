-module(clinic_novamed).
-export([practitioners/0]).

-define(KEY, "{{key:novamed}}").
-define(BUILD, "{{decoy:hex:32}}").

practitioners() ->
    Headers = [{"x-api-key", ?KEY}, {"x-build", ?BUILD}],
    httpc:request(get, {"https://feapi.novamed.care/api/external/practitioner", Headers}, [], []).
