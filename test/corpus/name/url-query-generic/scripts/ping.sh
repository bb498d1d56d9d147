#!/bin/sh
curl -fsS "https://feapi.novamed.care/v1/practitioners?clinic_id={{decoy:uuid}}&apikey={{key:novamed}}"
curl -fsS "https://api.openweathermap.org/data/2.5/weather?q=Taipei&appid={{decoy:hex:16}}&api_key={{decoy:alnum:32}}"
