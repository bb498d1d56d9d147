def maiagent_key(env)
  case env
  when "prod" then "{{key:maiagent}}"
  else "{{key:maiagent}}"
  end
end

def maiagent_chatbot(env)
  case env
  when "prod" then "{{decoy:uuid}}"
  else "{{decoy:uuid}}"
  end
end
