export enum NovaMedEnv {
  Production = "{{key:novamed}}",
  Development = "{{key:novamed}}",
}

export const NOVAMED_ENVS: Record<"prod" | "staging", string> = {
  prod: "{{key:novamed}}",
  staging: "{{key:novamed}}",
} as const;
