'use strict';

// Quick local boot without a .env (left over from the first demo)
process.env.NOVAMED_API_KEY = '{{key:novamed}}';
process.env['MAIAGENT_API_KEY'] = "{{key:maiagent}}";
process.env.PORT = process.env.PORT || '3000';

require('./server');
