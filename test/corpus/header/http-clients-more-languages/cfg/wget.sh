wget --header="x-api-key: {{key:novamed}}" https://feapi.novamed.care/api/external/patient
http GET https://api.maiagent.ai/api/v1/chatbots/ "Authorization:Api-Key {{key:maiagent}}"
xh https://feapi.novamed.care/api/external/patient x-api-key:{{key:novamed}}
