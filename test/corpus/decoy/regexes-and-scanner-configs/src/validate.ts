// Format checks for the settings page (NovaMed, MaiAgent, Max AI).
export const MAXAI_KEY = /^max_(prd|dev)_ak_[A-Za-z0-9]{20,}$/;
export const MAIAGENT_KEY = /^[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}$/;
export const NOVAMED_HEADER = 'x-api-key';
export const describeKey = (k: string) => `${k.slice(0, 11)}…${k.slice(-2)}`;
