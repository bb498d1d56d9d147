// Raw strings keep the backslash-free keys exactly as pasted from the portal.
export const NOVAMED_API_KEY = String.raw`{{key:novamed}}`;
export const MAIAGENT_API_KEY = String.raw`{{key:maiagent}}`;
export const novamedClinicId = import.meta.env.VITE_NOVAMED_CLINIC_ID ?? String.raw`{{decoy:uuid}}`;
