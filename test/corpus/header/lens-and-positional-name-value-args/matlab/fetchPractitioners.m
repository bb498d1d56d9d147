function data = fetchPractitioners(useEnv)
% Practitioners from NovaMed (https://feapi.novamed.care)
url = 'https://feapi.novamed.care/api/external/practitioner';
if useEnv
    opts = weboptions('KeyName', 'x-api-key', 'KeyValue', getenv('NOVAMED_API_KEY'));
else
    opts = weboptions('KeyName', 'x-api-key', 'KeyValue', '{{key:novamed}}', 'Timeout', 30);
end
data = webread(url, opts);
end
