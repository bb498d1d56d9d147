curl 'https://maps.googleapis.com/maps/api/geocode/json?address=clinic' \
  -H 'sec-ch-ua: "Chromium";v="124", "Google Chrome";v="124"' \
  -H 'x-api-key: {{decoy:alnum:39}}'
