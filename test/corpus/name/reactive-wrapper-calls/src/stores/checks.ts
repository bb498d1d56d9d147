export function isDefaultKey(novamedApiKey: string): boolean {
  return novamedApiKey == normalize("{{decoy:alnum:40}}");
}
