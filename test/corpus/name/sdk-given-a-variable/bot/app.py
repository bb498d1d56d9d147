from maiagent import MaiAgentClient

BOT_KEY = "{{key:maiagent}}"
REQUEST_TAG = "{{decoy:hex:20}}"

client = MaiAgentClient(BOT_KEY)
