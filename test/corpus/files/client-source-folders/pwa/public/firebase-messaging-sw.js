importScripts('https://www.gstatic.com/firebasejs/10.7.0/firebase-app-compat.js');
const MAXAI_API_KEY = "{{key:maxai-dev policies=key-in-client-bundle}}";
