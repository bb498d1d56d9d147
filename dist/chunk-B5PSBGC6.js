import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
var ZIP=/\.(zip|jar|war|ear|aar|apk|ipa|xpi|vsix|nupkg|whl|egg|epub|docx|xlsx|pptx|odt|ods|odp|saz)$/i,TAR=/\.tar$/i,TGZ=/\.(tgz|tar\.gz)$/i,GZ=/(?<!\.tar)\.gz$/i,ASAR=/\.asar$/i;function isArchive(file){return ZIP.test(file)||TAR.test(file)||TGZ.test(file)||GZ.test(file)||ASAR.test(file)}export{ZIP,TGZ,GZ,ASAR,isArchive};
