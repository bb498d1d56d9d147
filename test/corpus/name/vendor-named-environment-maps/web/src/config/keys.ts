export const novamed = {
  production: "{{key:novamed}}",
  staging: "{{key:novamed}}",
};

export const buckets = {
  novamed: {
    production: "novamed-exports-prod-eu-west-1",
    staging: "novamed-exports-staging-eu-west-1",
  },
};
