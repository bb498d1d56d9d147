import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
var ZIP=/\.(zip|jar|war|ear|aar|apk|xpi|vsix|nupkg|whl)$/i,TAR=/\.tar$/i,TGZ=/\.(tgz|tar\.gz)$/i;function isArchive(file){return ZIP.test(file)||TAR.test(file)||TGZ.test(file)}export{ZIP,TGZ,isArchive};
