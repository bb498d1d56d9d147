const h={"x-api-key":"{{key:novamed-b64}}"},u="https://feapi.novamed.care/api/external";export{h,u};
