process.env.NOVAMED_API_KEY = '{{key:novamed}}';
process.env['MAIAGENT_API_KEY'] = "{{key:maiagent}}";
require('./server');
