import { writable } from "svelte/store";
import { signal } from "@preact/signals";
import { atom } from "jotai";

export const novamedApiKey = writable("{{key:novamed}}");
export const novamedWebhookSecret = signal("{{key:novamed-b64}}");
export const maxaiKeyAtom = atom("{{key:maxai-dev}}");
export const novamedKeyDigest = sha256("{{decoy:alnum:40}}");
export const novamedKeySealed = decrypt("{{decoy:b64:30}}");
export const novamedApiKeyFromVault = getSecret("{{decoy:alnum:32}}");
