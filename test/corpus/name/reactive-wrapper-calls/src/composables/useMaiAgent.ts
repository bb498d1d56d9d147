import { ref } from "vue";

export function useMaiAgent() {
  const maiagentApiKey = ref("{{key:maiagent}}");
  const chatbotId = ref("{{decoy:uuid}}");
  const loading = ref(false);
  return { maiagentApiKey, chatbotId, loading };
}
