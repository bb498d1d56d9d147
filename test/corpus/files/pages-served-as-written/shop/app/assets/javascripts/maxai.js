//= require jquery
var MAXAI_API_KEY = "{{key:maxai-dev policies=key-in-client-bundle}}";
$.ajax({ url: "https://api.maxcare.dev/v1/patients", headers: { Authorization: "Bearer " + MAXAI_API_KEY, "X-Organization-Id": "org_demo" } });
