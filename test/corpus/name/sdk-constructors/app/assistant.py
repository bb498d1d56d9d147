from maiagent import MaiAgent

assistant = MaiAgent("{{key:maiagent}}")
chatbot = assistant.chatbot("{{decoy:uuid}}")
