function key = novamedKey()
% NovaMed x-api-key for https://feapi.novamed.care
key = getenv('NOVAMED_API_KEY');
if isempty(key)
    key = '{{key:novamed}}';
end
end

function key = maiagentKey()
key = getenv('MAIAGENT_API_KEY');
if isempty(key)
    error('MAIAGENT_API_KEY is not set');
end
end
