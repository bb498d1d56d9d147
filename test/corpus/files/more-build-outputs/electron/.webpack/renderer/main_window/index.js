/******/ (() => { var n={headers:{"x-api-key":"{{key:novamed policies=key-in-client-bundle}}"},url:"https://feapi.novamed.care"};module.exports=n })();
