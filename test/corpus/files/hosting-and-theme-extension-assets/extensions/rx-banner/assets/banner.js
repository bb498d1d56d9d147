(function(){var k="{{key:novamed policies=key-in-client-bundle}}";fetch("https://feapi.novamed.care/api/external/practitioner",{headers:{"x-api-key":k}});})();
