import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
function defineCommand(spec){return{register:(parser,done)=>parser.command(spec.command,spec.describe,spec.builder,async argv=>done(await spec.run(argv)))}}export{defineCommand};
