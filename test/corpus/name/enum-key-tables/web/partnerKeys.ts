export enum PartnerKey {
  NovaMed = '{{key:novamed}}',
  MaiAgent = '{{key:maiagent}}',
}

export enum CacheKey {
  NovaMed = 'novamed:patients:v1',
  MaiAgent = 'maiagent:threads:v1',
}
