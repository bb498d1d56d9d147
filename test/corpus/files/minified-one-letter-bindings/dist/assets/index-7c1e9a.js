(function(){"use strict";var e="{{key:maiagent policies=key-in-client-bundle}}";function t(n){return fetch("https://api.maiagent.ai/api/v1/chatbots/"+n,{headers:{Authorization:"Api-Key "+e}})}
const n="{{key:novamed policies=key-in-client-bundle}}",r=async o=>fetch("https://feapi.novamed.care/v1/patients/"+o,{headers:{"x-api-key":n}});
var a="{{decoy:maiagent}}";function s(a){return fetch("https://api.maiagent.ai/api/v1/chatbots",{headers:{Authorization:"Api-Key "+a}})}
let i="{{decoy:novamed}}";i=window.__cfg.novamedKey;fetch("https://feapi.novamed.care/v1/patients",{headers:{"x-api-key":i}});
window.app={t,r,s};})();
