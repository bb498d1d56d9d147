// Clinic ids per environment: identifiers, not secrets.
export enum NovaMedEnv {
  Production = "{{decoy:uuid}}",
  Development = "{{decoy:uuid}}",
}

export const NOVAMED_ENVS = {
  prod: "https://feapi.novamed.care/api/external",
  staging: "https://novamed-feapidev.stackmod.info/api/external",
} as const;

export const NOVAMED_BUILD_ENVS = {
  prod: "{{decoy:hex:20}}",
  staging: process.env.NOVAMED_STAGING_KEY,
};
