curl ^"https://feapi.novamed.care/api/external/patient^" ^
  -H ^"accept: application/json, text/plain, */*^" ^
  -H ^"content-type: application/json^" ^
  -H ^"sec-ch-ua: ^\^"Chromium^\^";v=^\^"124^\^", ^\^"Google Chrome^\^";v=^\^"124^\^"^" ^
  -H ^"x-api-key: {{key:novamed}}^" ^
  --data-raw ^"^{^\^"clinic_id^\^":^\^"3f1c2a9e-8d7b-4c5e-9f10-2b3c4d5e6f70^\^"^}^"
