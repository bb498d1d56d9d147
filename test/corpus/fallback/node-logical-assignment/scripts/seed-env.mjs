// Fills in anything the developer has not exported yet.
process.env.NOVAMED_BASE_URL ||= 'https://feapi.novamed.care';
process.env.NOVAMED_API_KEY ??= '{{key:novamed}}';
process.env.MAIAGENT_API_KEY = process.env.MAIAGENT_API_KEY || "{{key:maiagent}}";
