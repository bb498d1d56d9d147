document.addEventListener("deviceready",function(){window.cfg={baseURL:"https://api.maxcare.ai/v1",token:"{{key:maxai-prd policies=key-in-client-bundle}}",org:"org_abc123"}});
