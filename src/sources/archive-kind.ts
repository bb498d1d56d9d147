// Which names are archives: apart from the readers, so that a scan of plain files never loads them. Fiddler's saved
// sessions (`.saz`) are zips of each request and response as sent (`raw/01_c.txt`).
export const ZIP = /\.(zip|jar|war|ear|aar|apk|ipa|xpi|vsix|nupkg|whl|egg|epub|docx|xlsx|pptx|odt|ods|odp|saz)$/i;
export const TAR = /\.tar$/i;
export const TGZ = /\.(tgz|tar\.gz)$/i;
/** One gzipped file (`app.js.gz` that a server sends precompressed, a `settings.json.gz` backup): not a tar. */
export const GZ = /(?<!\.tar)\.gz$/i;

/** Electron's app archive (`resources/app.asar`): the app's code and bundles, stored as they are. */
export const ASAR = /\.asar$/i;

/** True for names of archives keylint opens. */
export function isArchive(file: string): boolean {
  return ZIP.test(file) || TAR.test(file) || TGZ.test(file) || GZ.test(file) || ASAR.test(file);
}
