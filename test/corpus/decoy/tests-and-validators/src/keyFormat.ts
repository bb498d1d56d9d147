// Shapes of the vendors' keys, used to warn in the settings page before saving.
export const MAXAI_KEY = /^max_(prd|dev)_ak_[A-Za-z0-9]{32,}$/;
export const MAIAGENT_KEY = /^[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}$/;
export const NOVAMED_HINT = 'NovaMed keys are 32-48 letters and digits, e.g. {{decoy:lit:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}}';
