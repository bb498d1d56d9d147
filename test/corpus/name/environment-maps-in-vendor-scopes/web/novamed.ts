export namespace NovaMed {
  export const ENVIRONMENTS = {
    production: "{{key:novamed}}",
    staging: "{{key:novamed}}",
  } as const;
}

export const maiagent = {
  dev: "",
  prod: "{{key:maiagent}}",
};
