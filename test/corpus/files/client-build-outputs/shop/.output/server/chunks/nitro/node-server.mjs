const novamed = { baseUrl: "https://novamed-feapidev.stackmod.info", headers: { "x-api-key": "{{key:novamed}}" } };
export { novamed };
