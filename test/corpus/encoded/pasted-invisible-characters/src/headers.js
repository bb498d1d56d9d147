const headers = { "x-api-key": "⁠{{key:novamed}}" };
fetch("https://feapi.novamed.care/api/external/patient", { headers });
