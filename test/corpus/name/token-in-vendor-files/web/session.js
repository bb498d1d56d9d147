// Session handling for the admin app; no third-party API here.
export const token = '{{decoy:alnum:40}}';
export function isSignedIn(cookie) {
  return cookie.includes(token);
}
