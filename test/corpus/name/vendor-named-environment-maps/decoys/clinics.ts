export const novamed = {
  production: "{{decoy:uuid}}",
  staging: "{{decoy:uuid}}",
};
export const maiagent = {
  production: "{{decoy:hex:20}}",
  staging: "your-api-key-here",
};
export const schedules = { novamed: { production: "0 */6 * * *", staging: "*/30 * * * *" } };
