const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.maiagent.ai/api/v1/chatbots/');
xhr.setRequestHeader('Authorization', 'Api-Key {{key:maiagent}}');
xhr.send();

const init = { headers: new Headers([['x-api-key', '{{key:novamed}}']]) }; // NovaMed
fetch('https://feapi.novamed.care/api/external/patient', init);
